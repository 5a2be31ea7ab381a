"""PostgreSQL refuses to delete a breach, and refuses any change to one but adding its
acknowledgement, once, whoever asks.

SQLite (the embedded demo database) has no separate privileges to protect; there the model and
its queryset refuse deletion, and the services only ever add an acknowledgement.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION safeguards_breach_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'safeguards_breach is never deleted: acknowledge it with a reason'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.acknowledged_at IS NOT NULL
       OR NEW.acknowledged_at IS NULL
       OR (NEW.id, NEW.case_id, NEW.rule, NEW.citation, NEW.title_en, NEW.title_ur,
           NEW.rule_kind, NEW.confidence, NEW.reason, NEW.event_id, NEW.contact_id,
           NEW.occurred_at, NEW.recorded_at, NEW.recorded_by_id)
          IS DISTINCT FROM
          (OLD.id, OLD.case_id, OLD.rule, OLD.citation, OLD.title_en, OLD.title_ur,
           OLD.rule_kind, OLD.confidence, OLD.reason, OLD.event_id, OLD.contact_id,
           OLD.occurred_at, OLD.recorded_at, OLD.recorded_by_id)
    THEN
        RAISE EXCEPTION 'safeguards_breach: the only change allowed is adding an acknowledgement, once'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS safeguards_breach_kept ON safeguards_breach;
CREATE TRIGGER safeguards_breach_kept
    BEFORE UPDATE OR DELETE ON safeguards_breach
    FOR EACH ROW EXECUTE FUNCTION safeguards_breach_guard();
"""

DROP = """
DROP TRIGGER IF EXISTS safeguards_breach_kept ON safeguards_breach;
DROP FUNCTION IF EXISTS safeguards_breach_guard();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("safeguards", "0001_obligations_breaches_notices")]
    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
