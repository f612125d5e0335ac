"""The Slurm executor: claim loops as jobs of a Slurm job array (submitit), against a shared
PostgreSQL database and tensor store; "local" runs the same jobs as processes here."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..engine import WorkerReport
from ..errors import ExpdbError
from .base import Executor, Settling, _add, _note_cancelled, claim_loop, groups


@dataclass
class SlurmExecutor(Executor):
    folder: str = ".expdb-slurm"
    workers: int = 4  # jobs per group (one job array each)
    partition: str | None = None
    time_min: int = 60
    gpus: int = 0  # GPUs per job for kinds that ask for a GPU (--resource train:GPU=1)
    cluster: str | None = None  # None: Slurm when sbatch exists; "local": processes on this machine
    resources: dict[str, dict[str, float]] = field(default_factory=dict)
    name = "slurm"

    def run(self, job, on_poll=None, on_cell=None) -> WorkerReport:
        db_url, store_path, ids, kinds_by_id, options = job.db_url, job.store_path, job.ids, job.kinds_by_id, job.options
        try:
            import submitit
        except ImportError:
            raise ExpdbError("--executor slurm needs submitit: pip install 'expdb-study[slurm]'") from None
        report = WorkerReport()
        jobs = []
        for group in groups(kinds_by_id, ids, self.resources):
            executor = submitit.AutoExecutor(folder=self.folder, cluster=self.cluster)
            params = {"timeout_min": self.time_min, "slurm_array_parallelism": self.workers, "name": "expdb-fill"}
            if self.partition:
                params["slurm_partition"] = self.partition
            if group.resources.get("GPU") and self.gpus:
                params["gpus_per_node"] = self.gpus
            executor.update_parameters(**params)
            n = self.workers
            jobs += executor.map_array(claim_loop, [db_url] * n, [store_path] * n, [group.ids] * n,
                                       [options] * n, [group.others] * n)
        settling = Settling(job)
        cancelled = []
        while not all(j.done() for j in jobs):
            if on_poll is not None:
                on_poll()
            if settling.over():
                cancelled = [j for j in jobs if not j.done()]
                for j in cancelled:
                    j.cancel(check=False)
                _note_cancelled(report, len(cancelled), "Slurm job(s)")
                break
            time.sleep(max(options.poll_s, 1.0))
        for submitted in jobs:
            if submitted in cancelled:
                continue
            try:
                _add(report, submitted.result())
            except Exception as exc:
                report.errors.append(f"slurm job {submitted.job_id}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else exc}")
        if on_poll is not None:
            on_poll()
        return report
