"""``cocausal coordinator``: run a coordinator and administer its studies."""

from __future__ import annotations

import threading
from pathlib import Path

import typer

from cocausal.cli._common import console, print_table, write_json
from cocausal.cli.app import app

coordinator_app = typer.Typer(
    help="Run a coordinator and administer its studies (admin side of a multi-party study).\n\n"
    "Example: cocausal coordinator init ./coord && cocausal coordinator serve ./coord --with-worker",
    no_args_is_help=True,
)
study_app = typer.Typer(help="Create studies.", no_args_is_help=True)
audit_app = typer.Typer(help="Check the audit chain.", no_args_is_help=True)
coordinator_app.add_typer(study_app, name="study")
coordinator_app.add_typer(audit_app, name="audit")
app.add_typer(coordinator_app, name="coordinator")

_URL = typer.Option("http://127.0.0.1:8000", "--url", envvar="COCAUSAL_URL", help="The coordinator's URL.")
_KEY = typer.Option(None, "--admin-key", envvar="COCAUSAL_ADMIN_KEY",
                    help="The admin key `coordinator init` printed (or set COCAUSAL_ADMIN_KEY).")


def _server_modules():
    try:
        import fastapi  # noqa: F401
        import sqlalchemy  # noqa: F401
        import uvicorn  # noqa: F401
    except ModuleNotFoundError as exc:
        raise ValueError(
            f"the coordinator needs {exc.name}; install cocausal[server] (pip install 'cocausal[server]')."
        ) from None


def _admin(url: str, key: str | None):
    if not key:
        raise ValueError("--admin-key is required (or set COCAUSAL_ADMIN_KEY to the key `coordinator init` printed).")
    from cocausal.client import Coordinator

    return Coordinator(url, key)


@coordinator_app.command("init")
def init(
    data_dir: Path = typer.Argument(..., help="New folder for the coordinator's database and settings."),
    database_url: str = typer.Option(None, "--database-url", help="PostgreSQL URL (postgresql+psycopg://...); "
                                     "default a SQLite file in DATA_DIR."),
) -> None:
    """Create the coordinator's database and print the admin key once.

    Example: cocausal coordinator init ./coord
    """
    _server_modules()
    from cocausal.service.setup import init_coordinator

    settings, key = init_coordinator(data_dir, database_url)
    console.print(f"coordinator initialised in {settings.data_dir} (database: {settings.url.split('://')[0]})")
    console.print("admin key (shown once; keep it secret):", highlight=False)
    typer.echo(key)


@coordinator_app.command("serve")
def serve(
    data_dir: Path = typer.Argument(..., help="The folder `coordinator init` created."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    tls_cert: Path = typer.Option(None, "--tls-cert", help="TLS certificate (PEM) to serve HTTPS."),
    tls_key: Path = typer.Option(None, "--tls-key", help="TLS private key (PEM)."),
    with_worker: bool = typer.Option(False, "--with-worker", help="Also run a job worker in this process."),
    database_url: str = typer.Option(None, "--database-url", help="Override the stored database URL."),
) -> None:
    """Serve the coordinator's HTTP API (migrating the database first).

    Example: cocausal coordinator serve ./coord --port 8000 --with-worker
    """
    _server_modules()
    import uvicorn

    from cocausal.service.app import create_app
    from cocausal.service.settings import CoordinatorSettings
    from cocausal.service.worker import work

    if (tls_cert is None) != (tls_key is None):
        raise ValueError("--tls-cert and --tls-key go together; give both or neither.")
    settings = CoordinatorSettings.load(data_dir, database_url=database_url)
    if not (settings.data_dir / "coordinator.json").is_file():
        raise ValueError(
            f"{data_dir} is not a coordinator folder; create it with `cocausal coordinator init {data_dir}`."
        )
    application = create_app(settings)
    if with_worker:
        threading.Thread(target=work, args=(settings,), daemon=True, name="cocausal-worker").start()
    uvicorn.run(application, host=host, port=port, ssl_certfile=tls_cert, ssl_keyfile=tls_key, log_level="warning")


@coordinator_app.command("worker")
def worker(
    data_dir: Path = typer.Argument(..., help="The folder `coordinator init` created."),
    max_jobs: int = typer.Option(None, "--max-jobs", min=1, help="Stop after this many jobs."),
    idle_exit: float = typer.Option(None, "--idle-exit", min=0, help="Stop after this many seconds without a job."),
    database_url: str = typer.Option(None, "--database-url", help="Override the stored database URL."),
) -> None:
    """Run queued study jobs (claimed with a lease; a killed worker's job is taken over).

    Example: cocausal coordinator worker ./coord
    """
    _server_modules()
    from cocausal.service.settings import CoordinatorSettings
    from cocausal.service.worker import work

    settings = CoordinatorSettings.load(data_dir, database_url=database_url)
    done = work(settings, max_jobs=max_jobs, idle_exit=idle_exit)
    console.print(f"worker ran {done} job(s)")


@study_app.command("create")
def study_create(
    spec_file: Path = typer.Argument(..., help="Study declaration (.yaml or .json)."),
    url: str = _URL, admin_key: str = _KEY,
) -> None:
    """Create a study from a YAML/JSON declaration.

    Example: cocausal coordinator study create study.yaml
    """
    from cocausal.limits import load_json, read_text

    text = read_text(spec_file, max_bytes=1 << 20, what="study file")
    if spec_file.suffix.lower() == ".json":
        spec = load_json(spec_file, text=text, max_bytes=1 << 20, what="study file")
    else:
        import yaml

        try:
            spec = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ValueError(f"{spec_file}: invalid YAML ({exc}).") from None
    created = _admin(url, admin_key).create_study(spec)
    console.print(f"study {created['study']} created ({created['state']})")


@coordinator_app.command("invite")
def invite(study: str = typer.Argument(...), party: str = typer.Argument(...), url: str = _URL,
           admin_key: str = _KEY) -> None:
    """Print a one-time enrolment token for PARTY in STUDY.

    Example: cocausal coordinator invite ihdp-por hospital-a
    """
    typer.echo(_admin(url, admin_key).invite(study, party))


@coordinator_app.command("game")
def game(study: str = typer.Argument(...),
         game_file: Path = typer.Argument(..., help="JSON with 'values' (v(C) by bitmask) and optional 'budgets', "
                                          "'caps' (one per party or one for all; null = unlimited)."),
         url: str = _URL, admin_key: str = _KEY) -> None:
    """Post the coalition value table and budgets of a payoff STUDY.

    Example: cocausal coordinator game pay-5 game.json
    """
    from cocausal.limits import load_json

    body = load_json(game_file, max_bytes=16 << 20, what="game file")
    if not isinstance(body, dict) or "values" not in body:
        raise ValueError(f"{game_file} must be a JSON object with 'values' (and optional 'budgets', 'caps').")
    posted = _admin(url, admin_key).post_game(study, body["values"], body.get("budgets"), body.get("caps"))
    console.print(f"value table of {study} posted for {len(posted['parties'])} parties: {', '.join(posted['parties'])}")


@coordinator_app.command("seal")
def seal(study: str = typer.Argument(...), url: str = _URL, admin_key: str = _KEY) -> None:
    """Close STUDY to uploads (needs its minimum number of uploads).

    Example: cocausal coordinator seal ihdp-por
    """
    sealed = _admin(url, admin_key).seal(study)
    console.print(f"study {study} sealed with {sealed['parties']} parties")


@coordinator_app.command("run")
def run(study: str = typer.Argument(...), url: str = _URL, admin_key: str = _KEY) -> None:
    """Queue the run of a sealed STUDY (a worker runs it).

    Example: cocausal coordinator run ihdp-por
    """
    _admin(url, admin_key).run(study)
    console.print(f"study {study} queued")


@coordinator_app.command("status")
def status(
    study: str = typer.Argument(...), url: str = _URL, admin_key: str = _KEY,
    json_out: Path = typer.Option(None, "--json", help="Write the whole status (result included) as JSON."),
) -> None:
    """Show STUDY's state, parties, job and (when done) its result.

    Example: cocausal coordinator status ihdp-por --json status.json
    """
    body = _admin(url, admin_key).status(study)
    rows = [[p["party"], p["state"]] for p in body["parties"]]
    print_table(f"study {body['study']}: {body['state']}", ["party", "state"], rows)
    result = body.get("result")
    if result and "payoffs" in result:
        rows = [[lab, result["payoffs"][i], result["lambdas"][i], result["model_values"][i]]
                for i, lab in enumerate(result["players"])]
        print_table(f"payoffs (v(N) = {result['grand_value']:.4g}, solver {result['solver']})",
                    ["party", "payoff", "lambda", "model value"], rows)
    elif result:
        rows = [[lab, result["v"][i], result["phi"][i], result["r"][i], result["tau_r"][i], result["se_r"][i]]
                for i, lab in enumerate(result["parties"])]
        print_table(f"rewards (tau_N = {result['tau_N']:.4g}, se_N = {result['se_N']:.4g}, rho = {result['rho']:.3g})",
                    ["party", "v", "phi", "r", "tau_r", "se_r"], rows)
    if json_out is not None:
        write_json(json_out, body)


@coordinator_app.command("close")
def close(study: str = typer.Argument(...), url: str = _URL, admin_key: str = _KEY) -> None:
    """Close STUDY: a `mode: rows` study's rows are deleted from the data folder (audited).

    Example: cocausal coordinator close ihdp-psm
    """
    body = _admin(url, admin_key).close(study)
    console.print(f"study {study} closed; {body['rows_files_deleted']} parties' rows deleted")


@coordinator_app.command("release")
def release(
    study: str = typer.Argument(...),
    epsilon: float = typer.Option(..., "--epsilon", min=0.0, help="Privacy budget of this release (charged to the "
                                  "study's budget)."),
    estimator: str = typer.Option("dim", "--estimator", help="dim (label-level difference in means) or privATE "
                                  "(DP matching; mode: rows studies)."),
    level: str = typer.Option("label", "--level", help="privATE only: label or sample."),
    url: str = _URL, admin_key: str = _KEY,
) -> None:
    """Publish a differentially private ATE of STUDY, charged to its privacy budget.

    The study must declare privacy: {budget, outcome_bounds}. A lost answer is safe to retry:
    the coordinator stores the release with its charge and replays it.

    Example: cocausal coordinator release ihdp-dp --epsilon 1
    """
    body = _admin(url, admin_key).release(study, epsilon, estimator=estimator, level=level)
    rows = [["ATE (DP)", body["ate"]], ["estimator", body["estimator"]], ["level", body["level"]]]
    if "noise_sd" in body:
        rows.append(["sd of the DP noise in it", body["noise_sd"]])
    rows.append(["spent of budget", f"{body['spent']:.6g} of {body['budget']:g}"])
    print_table(f"release {body['id']} of {study}", ["what", "value"], rows)


@coordinator_app.command("ledger")
def ledger(study: str = typer.Argument(...), url: str = _URL, admin_key: str = _KEY) -> None:
    """Show STUDY's privacy ledger: budget, spent, and every release.

    Example: cocausal coordinator ledger ihdp-dp
    """
    body = _admin(url, admin_key).releases(study)
    rows = [[r["created"], r["estimator"], r["level"], r["ate"], r.get("noise_sd", "")] for r in body["releases"]]
    print_table(f"privacy ledger of {study}: {body['spent']:.6g} of {body['budget']:g} spent",
                ["created", "estimator", "level", "ATE (DP)", "noise sd"], rows)


@coordinator_app.command("revoke")
def revoke(study: str = typer.Argument(...), party: str = typer.Argument(...), url: str = _URL,
           admin_key: str = _KEY) -> None:
    """Revoke PARTY's keys in STUDY (its requests get 401 from now on).

    Example: cocausal coordinator revoke ihdp-por hospital-a
    """
    _admin(url, admin_key).revoke(study, party)
    console.print(f"party {party} of {study} revoked")


@audit_app.command("verify")
def audit_verify(url: str = _URL, admin_key: str = _KEY) -> None:
    """Check the hash chain of the audit table; exit 2 at the first broken row.

    Example: cocausal coordinator audit verify
    """
    result = _admin(url, admin_key).verify_audit()
    if not result["ok"]:
        raise ValueError(f"the audit chain is broken at row {result['first_bad']} of {result['rows']}.")
    console.print(f"audit chain intact ({result['rows']} rows)")
