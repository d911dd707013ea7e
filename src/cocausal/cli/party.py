"""``cocausal party``: a party's side of a multi-party study (its rows never leave the machine)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer

from cocausal.cli._common import console, err_console, print_table, write_json
from cocausal.cli.app import app

party_app = typer.Typer(
    help="Take part in a coordinator's study: enrol, compute and upload statistics, read your reward.\n\n"
    "Example: cocausal party enroll http://127.0.0.1:8000 TOKEN && cocausal party stats site.csv",
    no_args_is_help=True,
)
app.add_typer(party_app, name="party")

_CONFIG = typer.Option(
    None, "--config", envvar="COCAUSAL_PARTY_CONFIG",
    help="Party key file (default ~/.config/cocausal/party.json; written with 0600 permissions).",
)


def _config_path(path: Path | None) -> Path:
    return path or Path.home() / ".config" / "cocausal" / "party.json"


def _party(config: Path | None):
    from cocausal.client import Party

    path = _config_path(config)
    if not path.is_file():
        raise ValueError(f"no party key at {path}; run `cocausal party enroll URL TOKEN` first (or pass --config).")
    stored = json.loads(path.read_text())
    return Party(stored["url"], stored["api_key"], stored["study"], stored["party"], stored["spec"])


@party_app.command("enroll")
def enroll(url: str = typer.Argument(..., help="The coordinator's URL."),
           token: str = typer.Argument(..., help="The one-time token the admin gave you."),
           config: Path = _CONFIG) -> None:
    """Exchange a one-time enrolment token for this party's API key, kept in a 0600 file.

    Example: cocausal party enroll http://127.0.0.1:8000 ccinv_...
    """
    from cocausal.client import Party

    path = _config_path(config)
    if path.exists():
        raise ValueError(f"{path} already holds a party key; pass --config NEW.json for another study.")
    party = Party.enrol(url, token)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"url": url, "api_key": party.api_key, "study": party.study, "party": party.name,
                   "spec": party.spec}, fh, indent=2)
    console.print(f"enrolled as {party.name} in study {party.study}; key stored in {path} (mode 0600)")


def _local_data(party, data: Path, treatment: str | None, outcome: str | None, covariates: str | None):
    """The party's CSV as the study's CausalData (its columns renamed to the study's names)."""
    from cocausal.data import CausalData
    from cocausal.limits import read_csv

    spec = party.spec
    names = covariates.split(",") if covariates else list(spec["covariates"])
    if len(names) != len(spec["covariates"]):
        raise ValueError(f"--covariates names {len(names)} columns but the study has {len(spec['covariates'])}: "
                         f"{spec['covariates']}.")
    frame = read_csv(data)
    missing = [c for c in [*names, treatment or spec["treatment"], outcome or spec["outcome"]] if c not in frame]
    if missing:
        raise ValueError(f"{data} lacks the column(s) {missing}; name yours with --treatment, --outcome, --covariates.")
    local = CausalData.from_frame(frame, treatment=treatment or spec["treatment"], outcome=outcome or spec["outcome"],
                                  covariates=names)
    return CausalData(local.X, local.t, local.y, feature_names=tuple(spec["covariates"]))


_TREATMENT = typer.Option(None, "--treatment", help="Treatment column (default: the study's name).")
_OUTCOME = typer.Option(None, "--outcome", help="Outcome column (default: the study's name).")
_COVARIATES = typer.Option(None, "--covariates", help="Comma-separated covariate columns, in the study's order "
                           "(default: the study's names).")


@party_app.command("stats")
def stats(
    data: Path = typer.Argument(..., help="Your rows (CSV); they stay on this machine."),
    study: str = typer.Option(None, "--study", help="The study (default: the enrolled one)."),
    treatment: str = _TREATMENT,
    outcome: str = _OUTCOME,
    covariates: str = _COVARIATES,
    out: Path = typer.Option(Path("contribution.json"), "--out", help="Where to write what will be uploaded."),
    config: Path = _CONFIG,
) -> None:
    """Compute this party's contribution locally and show exactly what will leave the machine.

    Example: cocausal party stats site_a.csv --treatment treat --outcome y --covariates age,bmi
    """
    party = _party(config)
    if study is not None and study != party.study:
        raise ValueError(f"--study {study} is not the enrolled study {party.study}; use its --config file.")
    spec = party.spec
    renamed = _local_data(party, data, treatment, outcome, covariates)
    contribution = party.contribution(renamed)
    body = contribution.to_json()
    write_json(out, body)
    q = len(spec["covariates"]) + 1
    rows = [["rows (stay here)", renamed.n],
            ["treated / control", f"{body['counts'][1]:.0f} / {body['counts'][0]:.0f}"],
            ["numbers that leave", 2 + 2 * q + 2 * q * q + 1],
            ["bytes that leave", len(json.dumps(body))]]
    print_table(f"contribution of {party.name} to {party.study}", ["what", "value"], rows)
    err_console.print(f"review {out}: it is exactly what `cocausal party upload {out}` sends.", highlight=False)


@party_app.command("upload")
def upload(contribution: Path = typer.Argument(Path("contribution.json"), help="The file `party stats` wrote."),
           config: Path = _CONFIG) -> None:
    """Upload the contribution file (retries are safe: the coordinator stores it once).

    Example: cocausal party upload contribution.json
    """
    from cocausal.cci import PartyContribution
    from cocausal.limits import load_json

    party = _party(config)
    c = PartyContribution.from_json(load_json(contribution, max_bytes=64 << 20, what="contribution file"))
    receipt = party.upload(c)
    console.print(f"uploaded {receipt['n']} units' statistics to {receipt['study']} (sha256 {receipt['sha256'][:16]})")


@party_app.command("consent")
def consent(
    data: Path = typer.Argument(..., help="Your rows (CSV)."),
    treatment: str = _TREATMENT,
    outcome: str = _OUTCOME,
    covariates: str = _COVARIATES,
    yes: bool = typer.Option(False, "--yes", help="Consent without the question (after reviewing what leaves)."),
    config: Path = _CONFIG,
) -> None:
    """For a study declared `mode: rows`: show what leaves this site, ask, then send the rows.

    The rows (the study's covariates, treatment and outcome of every unit) are kept by the
    coordinator until the admin closes the study, which deletes them and audits the deletion.

    Example: cocausal party consent site_a.csv --treatment treat --outcome y
    """
    party = _party(config)
    if party.spec.get("mode") != "rows":
        raise ValueError(f"study {party.study} runs from statistics; your rows stay here (use `party stats`).")
    local = _local_data(party, data, treatment, outcome, covariates)
    columns = [*party.spec["covariates"], party.spec["treatment"], party.spec["outcome"]]
    print_table(f"what leaves {party.name} for {party.study}", ["what", "value"],
                [["rows (all of them leave)", local.n], ["columns", ", ".join(columns)],
                 ["kept until", "the admin closes the study (then deleted, with an audit row)"]])
    if not yes and not typer.confirm(f"send these {local.n} rows to {party.url}?", default=False):
        raise typer.Exit(1)
    receipt = party.send_rows(local)
    console.print(f"sent {receipt['n']} rows to {receipt['study']} (sha256 {receipt['sha256'][:16]})")


@party_app.command("serve")
def serve(
    data: Path = typer.Argument(..., help="Your rows (CSV); they stay on this machine."),
    treatment: str = _TREATMENT,
    outcome: str = _OUTCOME,
    covariates: str = _COVARIATES,
    max_seconds: float = typer.Option(None, "--max-seconds", min=0, help="Stop after this many seconds "
                                      "(default: when the study is done)."),
    config: Path = _CONFIG,
) -> None:
    """Answer a federated IPW/AIPW study's rounds from your rows until the study is done.

    The coordinator sends, per round, the coalitions that contain this party and the point
    (propensity coefficients, outcome fits) at which to take sums over your rows; only those
    sums leave (docs/service.md lists what each round reveals). Restarting the agent resumes
    the rounds it has not answered yet.

    Example: cocausal party serve site_a.csv --treatment treat --outcome y
    """
    party = _party(config)
    local = _local_data(party, data, treatment, outcome, covariates)
    err_console.print(f"{party.name}: answering the rounds of {party.study} from {local.n} rows in {data}",
                      highlight=False)

    def progress(kind: str, answered: int) -> None:
        if answered == 1 or answered % 10 == 0:
            err_console.print(f"answered {answered} rounds (last: {kind})", highlight=False)

    answered = party.serve(local, max_seconds=max_seconds, on_round=progress)
    console.print(f"{party.name}: {answered} rounds answered; study {party.status()['study_state']}")


@party_app.command("status")
def status(config: Path = _CONFIG) -> None:
    """Show this party's state and the study's public summary.

    Example: cocausal party status
    """
    party = _party(config)
    me, summary = party.status(), party.summary()
    rows = [["party", me["party"]], ["party state", me["state"]], ["study", me["study"]],
            ["study state", me["study_state"]], ["invited parties", summary["invited_parties"]]]
    if "criteria" in summary:
        rows += [["rho", summary["rho"]], ["criteria held", ", ".join(k for k, v in summary["criteria"].items() if v)]]
    print_table(f"{party.name} in {party.study}", ["what", "value"], rows)


@party_app.command("reward")
def reward(config: Path = _CONFIG,
           json_out: Path = typer.Option(None, "--json", help="Write the reward as JSON.")) -> None:
    """Show this party's own value, Shapley value, reward and realised reward estimate.

    Example: cocausal party reward --json reward.json
    """
    body = _party(config).reward()
    if "payoff" in body:
        rows = [[k, body[k]] for k in ("payoff", "lambda", "model_value", "singleton_value")]
        rows += [[f"pays {k}", v] for k, v in body["pays"].items()]
        rows += [[f"receives from {k}", v] for k, v in body["receives"].items()]
    else:
        rows = [[k, body[k]] for k in ("n", "tau", "se", "v", "phi", "r", "tau_r", "se_r")]
    print_table(f"reward of {body['party']} in {body['study']}", ["quantity", "value"], rows)
    if json_out is not None:
        write_json(json_out, body)
