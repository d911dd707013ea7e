"""The job worker: claims queued study runs with a lease and writes their results.

A job is claimed by a conditional update (``queued``, or ``running`` with an expired lease,
to ``running`` under this worker with a new lease), so two workers never run one job and a
killed worker's job is claimed again once its lease expires and resumes from its checkpoint:
the coalition estimates already computed (:class:`BlockStore`). While a job runs a heartbeat
thread renews the lease. The result, the study's state and the job's state are written in one
transaction: a run is either finished and stored or not at all, and a rerun gives the same
numbers (the study's seed fixes every draw).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import time

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import sessionmaker

from cocausal.cci import PartyContribution
from cocausal.cci.federated import FEDERATED_ESTIMATORS
from cocausal.service.audit import append_event
from cocausal.service.compute import run_payoff_study, run_study
from cocausal.service.db import Job, JobBlock, Party, Study, Upload, make_engine, now, readers, sessions, upgrade
from cocausal.service.rounds import ServiceRounds
from cocausal.service.rows import load_party_rows
from cocausal.service.settings import CoordinatorSettings

__all__ = ["BlockStore", "claim_job", "run_job", "work"]

log = logging.getLogger("cocausal.service.worker")


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def claim_job(factory: sessionmaker, worker: str, lease_seconds: float) -> int | None:
    """Claim one runnable job for ``worker``; returns its id, or None when there is none."""
    with factory.begin() as s:
        t = now()
        candidate = s.execute(
            select(Job.id).where(or_(Job.state == "queued", (Job.state == "running") & (Job.lease_until < t)))
            .order_by(Job.id).limit(1)
        ).scalar()
        if candidate is None:
            return None
        claimed = s.execute(
            update(Job)
            .where(Job.id == candidate, or_(Job.state == "queued", (Job.state == "running") & (Job.lease_until < t)))
            .values(state="running", worker=worker, lease_until=t + dt.timedelta(seconds=lease_seconds),
                    attempts=Job.attempts + 1)
        ).rowcount
        if claimed != 1:
            return None
        job = s.get(Job, candidate)
        append_event(s, actor=f"worker:{worker}", action="claim job", target=f"job {candidate}", outcome=200,
                     study_id=job.study_id)
        return candidate


class BlockStore:
    """The checkpoint of a job's coalition estimates in the ``job_blocks`` table.

    A block is committed as soon as it is computed, so a worker that takes over a job whose
    worker died computes only the blocks that are missing.
    """

    def __init__(self, factory: sessionmaker, job_id: int) -> None:
        self.factory = factory
        self.job_id = job_id
        self.loaded = 0

    def load(self, block: int) -> dict | None:
        with self.factory() as s:
            row = s.execute(select(JobBlock.content).where(JobBlock.job_id == self.job_id, JobBlock.block == block))
            content = row.scalar()
        self.loaded += content is not None
        return content

    def save(self, block: int, content: dict) -> None:
        with self.factory.begin() as s:
            if s.execute(select(JobBlock.id).where(JobBlock.job_id == self.job_id, JobBlock.block == block)).scalar():
                return
            s.add(JobBlock(job_id=self.job_id, block=block, content=content))


def _heartbeat(factory: sessionmaker, job_id: int, worker: str, lease_seconds: float, stop: threading.Event) -> None:
    while not stop.wait(lease_seconds / 3):
        with factory.begin() as s:
            s.execute(update(Job).where(Job.id == job_id, Job.worker == worker, Job.state == "running")
                      .values(lease_until=now() + dt.timedelta(seconds=lease_seconds)))


def run_job(factory: sessionmaker, job_id: int, worker: str, lease_seconds: float,
            settings: CoordinatorSettings | None = None) -> str:
    """Run a claimed job to the end; returns its final state (``done`` or ``failed``).

    A ``mode: rows`` study reads its parties' rows from ``settings.rows_dir`` and estimates
    the coalitions on ``settings``' executor.
    """
    with factory() as s:
        job = s.get(Job, job_id)
        study = s.get(Study, job.study_id)
        rows = s.execute(
            select(Upload, Party.name).join(Party).where(Party.study_id == study.id, Party.state == "uploaded")
            .order_by(Party.id)
        ).all()
        spec, kind = dict(study.spec), study.kind
        contributions = [PartyContribution.from_json(u.contribution) for u, _ in rows]
        rounds = None
        names = [name for _, name in rows]
        rows_mode = kind == "cci" and spec.get("mode") == "rows"
        if rows_mode:
            if settings is None:
                raise ValueError("a rows-mode study needs the coordinator's settings (its data folder)")
            contributions = [load_party_rows(settings.rows_dir, study.id, u.party_id, spec["covariates"])
                             for u, _ in rows]
        elif kind == "cci" and spec["estimator"] in FEDERATED_ESTIMATORS:
            rounds = ServiceRounds(factory, readers(factory), job_id, [u.party_id for u, _ in rows],
                                   [name for _, name in rows], spec["round_timeout"])
    stop = threading.Event()
    beat = threading.Thread(target=_heartbeat, args=(factory, job_id, worker, lease_seconds, stop), daemon=True)
    beat.start()
    try:
        if kind == "payoff":
            result = run_payoff_study(spec["game"], spec["game"]["parties"])
        else:
            result = run_study(spec, contributions, BlockStore(factory, job_id), rounds,
                               names=names if rows_mode else None,
                               executor=settings.executor_object() if rows_mode else None)
        error = None
    except (ValueError, ArithmeticError) as exc:
        result, error = None, f"{type(exc).__name__}: {exc}"
    finally:
        stop.set()
        beat.join()
    with factory.begin() as s:
        job = s.get(Job, job_id)
        if job.worker != worker or job.state != "running":
            return job.state  # the lease was lost to another worker; its result stands
        study = s.get(Study, job.study_id)
        job.state, job.finished, job.error = ("done" if error is None else "failed"), now(), error
        study.state = job.state
        study.result = result
        s.execute(delete(JobBlock).where(JobBlock.job_id == job_id))
        append_event(s, actor=f"worker:{worker}", action=f"job {job.state}", target=f"job {job_id}",
                     outcome=200 if error is None else 500, study_id=study.id)
        return job.state


def work(settings: CoordinatorSettings, *, max_jobs: int | None = None, idle_exit: float | None = None,
         worker: str | None = None) -> int:
    """Claim and run jobs until ``max_jobs`` ran or no job came for ``idle_exit`` seconds.

    With neither limit the worker runs until it is stopped. Returns the number of jobs run.
    """
    upgrade(settings.url)
    factory = sessions(make_engine(settings.url))
    worker = worker or worker_name()
    done = 0
    idle_since = time.monotonic()
    while max_jobs is None or done < max_jobs:
        try:
            job_id = claim_job(factory, worker, settings.lease_seconds)
            if job_id is None:
                if idle_exit is not None and time.monotonic() - idle_since > idle_exit:
                    break
                time.sleep(settings.poll_seconds)
                continue
            state = run_job(factory, job_id, worker, settings.lease_seconds, settings)
        except Exception:  # a lost database connection must not end the worker; the lease recovers the job
            log.exception("worker %s: job loop failed; retrying in %.1f s", worker, settings.poll_seconds)
            time.sleep(settings.poll_seconds)
            continue
        log.info("job %s %s", job_id, state)
        done += 1
        idle_since = time.monotonic()
    return done
