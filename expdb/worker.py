"""`python -m expdb.worker`: one claim loop in a worker process of `fill --workers N`
(expdb.executors.local_processes, which starts and reads these)."""

from expdb.executors.local_processes import worker_process_main

if __name__ == "__main__":
    worker_process_main()
