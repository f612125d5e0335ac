"""The store contract's conformance suite (expdb.testing.StoreContract), on SQLite and on
PostgreSQL: conftest's `store` fixture is parametrised over both backends. The suite declares
a study shape of its own; the reference layout's rows are tested in test_reference_rows.py."""

from expdb.testing import StoreContract


class TestStoreContract(StoreContract):
    pass


def test_the_sql_backends_enforce_unique_keys_in_the_database(store, tmp_path):
    """Beyond the contract, for the SQL backends: the uniqueness of a cell's key is the database's
    own constraint, not only the store's care."""
    import pytest
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from expdb.planner import build_plan
    from expdb.schema import Cell
    from expdb.spec import load_spec
    from conftest import toy_spec

    plan = build_plan(load_spec(toy_spec(tmp_path)))
    store.insert_cells(store.save_study("toy", "", plan.spec.text, plan.spec.sha256), plan.cells)
    c = plan.cells[0]
    with pytest.raises(IntegrityError):
        with store.engine.begin() as conn:
            conn.execute(insert(Cell.__table__).values(key=c.key, kind=c.kind, runner=c.runner, content=c.text,
                                                       state="pending", attempts=0, created_at=0.0))
    assert len(store.cell_ids([c.key])) == 1
