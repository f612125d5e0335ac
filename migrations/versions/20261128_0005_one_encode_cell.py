"""one encode cell: a model's mean and sampled representations share one represent cell

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 23:00:00

Before, each model had two represent cells, one per representation, that stored the same
arrays (the encoder's means and log-variances). Now it has one, whose arrays both
representation rows read, and each evaluate cell names the representation it evaluates.
The data is transformed, nothing recomputed and no score lost:

- a model's represent cells merge into one: the done one (the mean one when both are) keeps
  its row, tensors and provenance and takes the key of its new content (the old content less
  "representation"); the other's representation row moves to it (reading its arrays), and
  the other cell goes with its links, edges and tensor rows (its arrays become orphans for
  `expdb gc`);
- every evaluate cell takes the new represent key as its parent and the representation it
  read into its content, and so a new key;
- representation.cell_id is no longer unique; (cell_id, kind) is.

The keys are computed as the planner computes them (the canonical text's SHA-256), so a
database upgraded here plans exactly the cells a new one would. The canonical writer is
repeated below: a migration must keep doing what it did when it was written.
"""
import hashlib
import json
import math
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: Union[str, None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

CHUNK = 500


def _canonical(value):
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


def _keyed(content: dict) -> tuple[str, str]:
    text = json.dumps(_canonical(content), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()[:32], text


def upgrade() -> None:
    conn = op.get_bind()
    _constraints(conn)
    _merge_represent_cells(conn)


def _constraints(conn) -> None:
    if conn.dialect.name == "sqlite":
        # SQLite's UNIQUE (cell_id) has no name: batch mode names it to drop it, rebuilding the
        # table (expdb.store.migrate runs migrations with foreign keys off and checks them all
        # before it commits: evaluation rows refer to the table being rebuilt)
        with op.batch_alter_table("representation", recreate="always",
                                  naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"}) as batch_op:
            batch_op.drop_constraint("uq_representation_cell_id", type_="unique")
            batch_op.create_unique_constraint("uq_representation_cell_kind", ["cell_id", "kind"])
    else:
        names = [u["name"] for u in sa.inspect(conn).get_unique_constraints("representation")
                 if u["column_names"] == ["cell_id"]]
        for name in names:
            op.drop_constraint(name, "representation", type_="unique")
        op.create_unique_constraint("uq_representation_cell_kind", "representation", ["cell_id", "kind"])


def _merge_represent_cells(conn) -> None:
    text = sa.text
    reps = conn.execute(text(
        "SELECT c.id, c.key, c.content, c.state FROM cell c WHERE c.kind = 'represent' ORDER BY c.id")).all()
    groups: dict = {}
    old = {}  # old represent key -> (kind of representation, id)
    for cid, key, content, state in reps:
        data = json.loads(content)
        kind = data.pop("representation", None)
        if kind is None:
            continue  # already one cell (nothing to do)
        new_key, new_text = _keyed(data)
        groups.setdefault(new_key, (new_text, []))[1].append((cid, key, kind, state))
        old[key] = (kind, cid)
    survivor_of = {}  # old represent id -> surviving id
    new_key_of = {}  # surviving id -> new key
    renamed, gone = [], []
    for new_key, (new_text, members) in groups.items():
        members.sort(key=lambda m: (m[3] != "done", m[2] != "mean", m[0]))
        keep = members[0][0]
        new_key_of[keep] = new_key
        renamed.append({"id": keep, "key": new_key, "content": new_text})
        for cid, *_ in members:
            survivor_of[cid] = keep
            if cid != keep:
                gone.append({"id": cid, "keep": keep})
    # the cells that go: their representation rows, evaluate children and study links move to
    # the one that stays; then their own edges, tensor rows and themselves go
    for part in _chunks(gone):
        conn.execute(text("UPDATE representation SET cell_id = :keep WHERE cell_id = :id"), part)
        conn.execute(text("UPDATE cell_dependency SET parent_id = :keep WHERE parent_id = :id"), part)
        for row in part:
            conn.execute(text("INSERT INTO study_cell (study_id, cell_id) SELECT sc.study_id, :keep FROM study_cell sc"
                              " WHERE sc.cell_id = :id AND NOT EXISTS (SELECT 1 FROM study_cell o"
                              " WHERE o.study_id = sc.study_id AND o.cell_id = :keep)"), row)
        conn.execute(text("DELETE FROM study_cell WHERE cell_id = :id"), part)
        conn.execute(text("DELETE FROM cell_dependency WHERE child_id = :id"), part)
        conn.execute(text("DELETE FROM tensor WHERE cell_id = :id"), part)
        conn.execute(text("DELETE FROM cell WHERE id = :id"), part)
    for part in _chunks(renamed):
        conn.execute(text("UPDATE cell SET key = :key, content = :content WHERE id = :id"), part)
    # a done cell's representation rows all read its own arrays; a kind it lacked (its sibling
    # was not done) is added, so that the evaluations still to run find it
    kinds_of: dict = {}
    for key, (kind, cid) in old.items():
        kinds_of.setdefault(survivor_of[cid], set()).add(kind)
    for keep in new_key_of:
        own = conn.execute(text("SELECT r.id, r.kind, r.model_id, r.store_path, r.n_points, r.n_dims, r.dtype,"
                                " r.checksum, r.provenance_id FROM representation r JOIN cell c ON c.id = r.cell_id"
                                " WHERE r.cell_id = :keep AND c.state = 'done' ORDER BY r.id"), {"keep": keep}).all()
        if not own:
            continue
        first = own[0]
        conn.execute(text("UPDATE representation SET store_path = :p, n_points = :n, n_dims = :d, dtype = :t,"
                          " checksum = :c WHERE cell_id = :keep"),
                     {"p": first.store_path, "n": first.n_points, "d": first.n_dims, "t": first.dtype,
                      "c": first.checksum, "keep": keep})
        for kind in sorted(kinds_of.get(keep, set()) - {r.kind for r in own}):
            conn.execute(text("INSERT INTO representation (cell_id, model_id, kind, store_path, n_points, n_dims, dtype,"
                              " checksum, provenance_id) VALUES (:keep, :m, :k, :p, :n, :d, :t, :c, :v)"),
                         {"keep": keep, "m": first.model_id, "k": kind, "p": first.store_path, "n": first.n_points,
                          "d": first.n_dims, "t": first.dtype, "c": first.checksum, "v": first.provenance_id})
    # every evaluate cell: the new parent key and the representation it reads, so a new key
    evaluations = conn.execute(text("SELECT id, content FROM cell WHERE kind = 'evaluate' ORDER BY id")).all()
    updates = []
    for cid, content in evaluations:
        data = json.loads(content)
        if data.get("parent") not in old:
            continue
        kind, rep_id = old[data["parent"]]
        data["parent"] = new_key_of[survivor_of[rep_id]]
        data["representation"] = kind
        key, new_text = _keyed(data)
        updates.append({"id": cid, "key": key, "content": new_text})
    for part in _chunks(updates):
        conn.execute(text("UPDATE cell SET key = :key, content = :content WHERE id = :id"), part)


def _chunks(rows):
    for i in range(0, len(rows), CHUNK):
        yield rows[i:i + CHUNK]


def downgrade() -> None:
    """The constraints only: a database that holds merged cells (two representation rows of one
    cell) cannot go back, since the two cells it once had would have to be made up again."""
    conn = op.get_bind()
    shared = conn.execute(sa.text("SELECT count(*) FROM (SELECT cell_id FROM representation WHERE cell_id IS NOT NULL"
                                  " GROUP BY cell_id HAVING count(*) > 1) s")).scalar_one()
    if shared:
        raise RuntimeError(f"{shared} represent cells hold both representations; a database with results cannot be "
                           "downgraded below 0005 (restore the copy made before the upgrade)")
    if conn.dialect.name == "sqlite":
        with op.batch_alter_table("representation", recreate="always") as batch_op:
            batch_op.drop_constraint("uq_representation_cell_kind", type_="unique")
            batch_op.create_unique_constraint("uq_representation_cell_id", ["cell_id"])
    else:
        op.drop_constraint("uq_representation_cell_kind", "representation", type_="unique")
        op.create_unique_constraint("representation_cell_id_key", "representation", ["cell_id"])
