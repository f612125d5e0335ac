"""The compute that fills expdb's cells: data sets, VAE training, representations.

Installed as the module ``expdb_runners``; the runners register through the entry-point
group ``expdb.runners``. Modules here import torch lazily where they can, so that
planning a spec (which only reads each runner's RunnerInfo) stays fast.
"""
