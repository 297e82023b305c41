"""The container, compose and Kubernetes files, read back: they cannot run on the development
machines (no container daemon, no cluster), so what can be checked here is checked: that they
parse, that they carry the same nginx and Streamlit settings as `make serve`, and that what the
image runs exists. Also the licence."""

from __future__ import annotations

import re
import shlex
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from dashboard.server import container, nginx
from dashboard.server.settings import (
    NGINX_TEMPLATE,
    REPO,
    streamlit_settings,
    upload_limit_mb,
)

DEPLOY = REPO / "deploy"
CONTAINERFILE = DEPLOY / "Containerfile"
KUBERNETES = DEPLOY / "kubernetes"
HEALTH = "/_stcore/health"
COOKIE = "vnon_affinity"
COMMAND = ["python", "-m", "dashboard.server", "replica"]
HEALTH_COMMAND = ["python", "-m", "dashboard.server", "health"]


def stages(text: str) -> dict[str, list[tuple[str, str]]]:
    """The Containerfile's stages by name: each a list of (instruction, arguments)."""
    joined = re.sub(r"\\\n", " ", text)
    found: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        instruction, _, arguments = line.partition(" ")
        if instruction.upper() == "FROM":
            name = arguments.split()[-1] if " AS " in arguments.upper() else str(len(found))
            current = found.setdefault(name, [])
        current.append((instruction.upper(), arguments.strip()))
    return found


def exec_form(arguments: str) -> list[str]:
    """A JSON-array CMD or HEALTHCHECK CMD as a list (the shell form is refused)."""
    assert arguments.startswith("["), f"no exec form: {arguments}"
    return yaml.safe_load(arguments)


def instructions(stage: list[tuple[str, str]], name: str) -> list[str]:
    return [arguments for instruction, arguments in stage if instruction == name]


@pytest.fixture(scope="module")
def image() -> dict[str, list[tuple[str, str]]]:
    return stages(CONTAINERFILE.read_text(encoding="utf-8"))


def test_the_image_is_multi_stage_and_its_last_stage_a_non_root_replica(image):
    assert len(image) >= 3 and list(image)[-1] == "app"
    app = image["app"]
    user = instructions(app, "USER")
    assert user and user[-1] not in {"0", "root"} and not user[-1].startswith("0:")
    assert exec_form(instructions(app, "CMD")[-1]) == COMMAND
    check = instructions(app, "HEALTHCHECK")[-1]
    assert exec_form(check[check.index("CMD ") + 4 :]) == HEALTH_COMMAND
    env = " ".join(instructions(app, "ENV"))
    assert "VNON_DATA_DIR=/data" in env and f"PORT={container.REPLICA_PORT}" in env
    assert instructions(app, "VOLUME") == ["/data"]


def test_the_final_stage_holds_no_build_tools(image):
    final = " ".join(arguments for _, arguments in image["app"]).lower()
    for tool in ("gcc", "build-essential", "apt-get", "npm ", "pip install", "make "):
        assert tool not in final
    base = instructions(image["app"], "FROM")[0].split()[0]
    assert "slim" in base and "node" not in base
    copied = instructions(image["app"], "COPY")
    assert all(line.startswith("--from=build ") for line in copied)


def test_every_file_the_image_copies_exists_in_the_repository(image):
    for stage in image.values():
        for line in instructions(stage, "COPY"):
            words = [word for word in shlex.split(line) if not word.startswith("--")]
            if "--from=" in line:
                continue
            for source in words[:-1]:
                assert (REPO / source).exists(), source


def test_leaflet_is_vendored_at_build_time_where_make_puts_it(image):
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    vendored = re.search(r"^LEAFLET := (\S+)/leaflet\.js$", makefile, re.M).group(1)
    leaflet = " ".join(arguments for _, arguments in image["leaflet"])
    assert "npm ci" in leaflet and "node_modules/leaflet/dist" in leaflet
    assert f"--from=leaflet /out/leaflet {vendored}" in instructions(image["build"], "COPY")


def runtime_closure() -> set[str]:
    """The distributions the project needs to run: its requirements without extras, and theirs."""
    installed = {canonicalize_name(d.metadata["Name"]): d for d in metadata.distributions()}
    needed, todo = set(), ["veiligheidslandschap"]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in needed or name not in installed:
            continue
        needed.add(name)
        for line in installed[name].requires or ():
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return needed


def test_the_image_removes_exactly_the_locks_development_tools(image):
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    locked = {canonicalize_name(m) for m in re.findall(r"^([A-Za-z0-9._-]+)==", lock, re.M)}
    run = " ".join(instructions(image["build"], "RUN"))
    assert "--require-hashes -r /tmp/requirements.lock" in run
    removed = set(run.split("pip uninstall --yes ")[1].split())
    needed = runtime_closure()
    assert "streamlit" in needed and "httpx" in needed and "pytest" not in needed
    # Linux's share of the universal lock (colorama, say, is for Windows only).
    here = {canonicalize_name(d.metadata["Name"]) for d in metadata.distributions()}
    assert {canonicalize_name(name) for name in removed} == (locked & here) - needed - {"pip"}


def test_the_proxy_stage_runs_the_rendered_configuration_like_make_serve(image, tmp_path):
    render = " ".join(instructions(image["proxy-config"], "RUN"))
    run_dir = re.search(r"VNON_RUN_DIR=(\S+)", render).group(1)
    assert "python -m dashboard.server proxy" in render
    assert f"PORT={container.PROXY_PORT}" in render
    command = exec_form(instructions(image["proxy"], "CMD")[-1])
    # The command `make serve` gives nginx (supervisor.Plan.nginx_command), in the foreground.
    prefix = ["nginx", "-e", "stderr", "-p", run_dir, "-c", f"{run_dir}/nginx.conf"]
    assert command == [*prefix, "-g", "daemon off;"]
    assert instructions(image["proxy"], "USER") == ["10001"]
    assert f"--from=proxy-config --chown=10001:10001 {run_dir} {run_dir}" in instructions(
        image["proxy"], "COPY"
    )


def test_the_proxy_image_installs_the_nginx_packages_make_installs(image):
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    packages = re.search(r"^NGINX_PACKAGES := (.+)$", makefile, re.M).group(1).split()
    install = " ".join(instructions(image["proxy"], "RUN")).split("--no-install-recommends")[1]
    installed = install.split("&&")[0].replace("\\", " ").split()
    assert "libnginx-mod-http-brotli-static" in packages and installed == packages


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def replica_services(compose: dict) -> dict[str, dict]:
    return {
        name: service
        for name, service in compose["services"].items()
        if service.get("build", {}).get("target") == "app"
    }


def test_compose_runs_two_replicas_on_one_named_volume(compose):
    replicas = replica_services(compose)
    assert len(replicas) >= 2
    assert "vnon-data" in compose["volumes"]
    for service in replicas.values():
        assert service["environment"]["VNON_DATA_DIR"] == "/data"
        assert "vnon-data:/data" in service["volumes"]
        assert service["healthcheck"]["test"] == ["CMD", *HEALTH_COMMAND]
        build = service["build"]
        assert (DEPLOY / build["context"] / build["dockerfile"]).resolve() == CONTAINERFILE


def test_compose_puts_the_templates_nginx_in_front_of_every_replica(compose, image):
    replicas = replica_services(compose)
    proxy = compose["services"]["proxy"]
    assert proxy["build"]["target"] == "proxy" and "proxy" in image
    upstreams = proxy["build"]["args"][container.UPSTREAMS_ENV].split(",")
    assert upstreams == [f"{name}:{container.REPLICA_PORT}" for name in replicas]
    default = re.search(r"ARG VNON_UPSTREAMS=(\S+)", CONTAINERFILE.read_text()).group(1)
    assert default.split(",") == upstreams
    assert set(proxy["depends_on"]) == set(replicas)
    assert proxy["ports"] == [f"${{PORT:-{container.PROXY_PORT}}}:{container.PROXY_PORT}"]


@pytest.fixture(scope="module")
def cluster() -> dict[str, dict]:
    """Every Kubernetes object in deploy/kubernetes, by kind."""
    objects = {}
    for path in sorted(KUBERNETES.glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            objects[document["kind"]] = document
    return objects


def test_kustomize_lists_every_manifest(cluster):
    listed = set(cluster["Kustomization"]["resources"])
    assert listed == {p.name for p in KUBERNETES.glob("*.yaml")} - {"kustomization.yaml"}


def test_the_deployment_runs_two_non_root_replicas_with_probes(cluster):
    deployment = cluster["Deployment"]
    assert deployment["spec"]["replicas"] >= 2
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] != 0
    (dashboard,) = pod["containers"]
    assert dashboard["command"] == COMMAND
    assert dashboard["ports"] == [{"name": "http", "containerPort": container.REPLICA_PORT}]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert dashboard[probe]["httpGet"] == {"path": HEALTH, "port": "http"}
    assert dashboard["securityContext"]["allowPrivilegeEscalation"] is False


def test_the_data_root_is_a_read_write_many_volume(cluster):
    pod = cluster["Deployment"]["spec"]["template"]["spec"]
    (dashboard,) = pod["containers"]
    env = {item["name"]: item["value"] for item in dashboard["env"]}
    mounts = {mount["name"]: mount["mountPath"] for mount in dashboard["volumeMounts"]}
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    (data,) = [name for name, path in mounts.items() if path == env["VNON_DATA_DIR"]]
    claim = volumes[data]["persistentVolumeClaim"]["claimName"]
    assert cluster["PersistentVolumeClaim"]["metadata"]["name"] == claim
    assert cluster["PersistentVolumeClaim"]["spec"]["accessModes"] == ["ReadWriteMany"]


def test_the_ingress_keeps_a_browser_on_one_replica_by_the_affinity_cookie(cluster):
    ingress, service = cluster["Ingress"], cluster["Service"]
    notes = ingress["metadata"]["annotations"]
    prefix = "nginx.ingress.kubernetes.io/"
    assert notes[prefix + "affinity"] == "cookie"
    assert notes[prefix + "session-cookie-name"] == COOKIE
    limit = upload_limit_mb(streamlit_settings()) + nginx.FRAMING_MB
    assert notes[prefix + "proxy-body-size"] == f"{limit}m"
    template = NGINX_TEMPLATE.read_text(encoding="utf-8")
    assert f"map $cookie_{COOKIE} " in template  # the same cookie as `make serve`
    (rule,) = ingress["spec"]["rules"]
    backend = rule["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]
    assert backend["port"]["name"] == service["spec"]["ports"][0]["name"]
    pod = cluster["Deployment"]["spec"]["template"]
    assert service["spec"]["selector"].items() <= pod["metadata"]["labels"].items()
    assert service["spec"]["ports"][0]["targetPort"] == "http"
    env = {item["name"]: item["value"] for item in pod["spec"]["containers"][0]["env"]}
    assert rule["host"] in env["VNON_ALLOWED_HOSTS"].split(",")


def test_the_cluster_sends_the_security_headers_of_make_serve(cluster):
    headers = cluster["ConfigMap"]["data"]
    assert headers.pop("Content-Security-Policy") == nginx.content_security_policy()
    template = NGINX_TEMPLATE.read_text(encoding="utf-8")
    fixed = dict(re.findall(r'add_header ([A-Za-z-]+) "([^"{$]*)" always;', template))
    # A header sent only with documents names a map whose value for a document is the header's.
    for name, variable in re.findall(r"add_header ([A-Za-z-]+) \$(vnon_\w+) always;", template):
        document = re.search(rf"map \$vnon_document \${variable} {{\n\s+1 \"([^\"]*)\";", template)
        if document and "{{" not in document.group(1):
            fixed[name] = document.group(1)
    assert headers == fixed and len(fixed) >= 4


def test_the_licence_is_the_whole_eupl_and_pyproject_names_it():
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    articles = [int(n) for n in re.findall(r"^\s*(\d+)\.\s*[A-Z]", text, re.M)]
    assert articles == list(range(1, 16))
    assert "Appendix" in text and "European Union Public Licence (EUPL) v. 1.1, v. 1.2" in text
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "EUPL-1.2" and project["license-files"] == ["LICENSE"]
    assert metadata.metadata("veiligheidslandschap")["License-Expression"] == "EUPL-1.2"


def test_the_readme_says_the_files_were_not_run_here():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Installeren op een server", 1)[1].split("\n## ", 1)[0]
    for heading in ("### Container", "### Compose", "### Kubernetes", "### Privacy"):
        assert heading in section
    assert "niet gedraaid" in section
    assert Path(DEPLOY / "compose.yaml").name in section
