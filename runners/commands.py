"""The reference study's own commands, added to `expdb` through the entry point group
expdb.commands. Light at import: `expdb --help` loads this module."""

from __future__ import annotations

import click


from expdb.plugin import pass_workspace


@click.command(name="import-dlib")
@click.argument("file", metavar="FILE")
@click.option("--study", default="disentanglement_lib", show_default=True, help="Study the imported models join.")
@pass_workspace
def import_dlib(workspace, file, study):
    """Load disentanglement_lib's aggregated results (pandas JSON) as typed rows."""
    from expdb.plugin import load_into

    from .dlib import already_imported, build_bundle

    click.echo(workspace.location(tensors=False))
    store = workspace.open()
    try:
        done = already_imported(store, file, study)
    finally:
        store.dispose()
    if done:
        click.echo(f"{file} is already imported into study {study} (the same file name and sha256): nothing new")
        return
    load_into(workspace, build_bundle(file, study), f"imported {file} into study {study}")
