"""Which replica answered: `make serve` names each Streamlit process (VNON_REPLICA=1, 2, …).

The name is a small number, nothing about the machine; without VNON_REPLICA (`make run`,
AppTest) the middleware is not put in front at all. It lets an operator, and the tests, see that
requests carrying one `vnon_affinity` cookie all reach the same process.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from dashboard.server.documents import ASGIApp, Message, Receive, Scope, Send

HEADER = b"x-vnon-replica"
ENV = "VNON_REPLICA"
NAME = re.compile(r"[0-9]{1,3}")


def replica_name(environ: Mapping[str, str] | None = None) -> str | None:
    """This process's replica name, if it is one; anything but a small number is ignored."""
    value = (os.environ if environ is None else environ).get(ENV, "").strip()
    return value if NAME.fullmatch(value) else None


class ReplicaName:
    """ASGI middleware: every HTTP response carries `X-VNON-Replica: <name>`."""

    def __init__(self, app: ASGIApp, name: str) -> None:
        self.app = app
        self.name = name.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def named(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), (HEADER, self.name)]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, named)
