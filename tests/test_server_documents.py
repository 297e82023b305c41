"""The middleware in front of Streamlit: every HTML document Dutch from its first byte, the
app's own with the house head; everything else passed through untouched; the start page's path
redirected to `/` with its query."""

from __future__ import annotations

import asyncio

from dashboard.server import documents
from dashboard.server.documents import DutchDocuments

INDEX = (
    b'<!DOCTYPE html>\n<html lang="en">\n<head><title>Streamlit</title></head><body></body></html>'
)


def _serve(body: bytes, content_type: bytes, path: str, headers=(), method="GET"):
    """Run the middleware around a stand-in app; (status, headers, body, request headers seen)."""
    seen = {}

    async def inner(scope, receive, send):
        seen["headers"] = dict(scope["headers"])
        start_headers = [(b"content-type", content_type), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": 200, "headers": start_headers})
        half = len(body) // 2  # in two parts, as a streamed file arrives
        await send({"type": "http.response.body", "body": body[:half], "more_body": True})
        await send({"type": "http.response.body", "body": body[half:]})

    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request"}

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": b"district=VR05",
        "headers": [(b"accept-encoding", b"gzip"), *headers],
    }
    asyncio.run(DutchDocuments(inner, start_page="overzicht")(scope, receive, send))
    start = sent[0]
    body_out = b"".join(message.get("body", b"") for message in sent[1:])
    return start["status"], dict(start["headers"]), body_out, seen.get("headers")


def test_the_app_document_is_dutch_titled_and_carries_the_house_head():
    status, headers, body, request = _serve(INDEX, b"text/html", "/kaart")
    assert status == 200
    assert b'<html lang="nl">' in body and b'lang="en"' not in body
    assert b"<title>Veiligheidslandschap Oost&#45;Nederland</title>" in body
    assert b"@media print" in body and b"--vnon-focus" in body and b"Naar de hoofdinhoud" in body
    assert body.index(b"@media print") < body.index(b"</head>")
    assert headers[b"content-length"] == str(len(body)).encode()
    assert b"accept-encoding" not in request  # so the document comes back uncompressed


def test_a_component_document_gets_only_its_language():
    page = b'<html style="font-size:1rem" lang="en"><head><title>x</title></head></html>'
    _, _, body, _ = _serve(page, b"text/html; charset=utf-8", "/component/map/index.html")
    assert body == b'<html lang="nl" style="font-size:1rem"><head><title>x</title></head></html>'


def test_scripts_styles_and_compressed_answers_pass_untouched():
    script = b'document.write("<html lang=\\"en\\">")'
    _, _, body, request = _serve(script, b"application/javascript", "/static/js/main.js")
    assert body == script and request[b"accept-encoding"] == b"gzip"
    _, _, body, _ = _serve(INDEX, b"text/html", "/kaart", method="HEAD")
    assert body == INDEX  # HEAD: nothing to rewrite, the headers as Streamlit sent them


def test_the_start_page_under_its_name_redirects_home_with_its_query():
    status, headers, body, request = _serve(INDEX, b"text/html", "/overzicht/")
    assert status == 308 and headers[b"location"] == b"/?district=VR05" and body == b""
    assert request is None  # Streamlit was never asked


def test_documents_are_recognised_by_their_path():
    assert documents.wants_document("/")
    assert documents.wants_document("/kaart")
    assert documents.wants_document("/component/streamlit_folium.st_folium/index.html")
    assert not documents.wants_document("/_stcore/health")
    assert not documents.wants_document("/static/js/index.js")
    assert not documents.wants_document("/app/static/vendor/leaflet/leaflet.css")


def test_the_root_element_gets_one_dutch_lang_whatever_it_said():
    assert documents.dutch_root(b"<HTML LANG='en-US' dir=ltr>") == b'<HTML lang="nl" dir=ltr>'
    assert documents.dutch_root(b"<html>") == b'<html lang="nl">'
    assert documents.dutch_root(b"<p>no root</p>") == b"<p>no root</p>"
