"""The work plan (rencana kerja) and commitments (komitmen bersama) tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from facilitation.notes import check_text
from facilitation.workplans import (
    MAX_CELL_LENGTH,
    Commitment,
    CommitmentOwner,
    WorkPlanItem,
    WorkPlanStatus,
    owners,
    parse_deadline,
)
from storage.workplans import CommitmentRepository, WorkPlanRepository
from ui.capture.labels import (
    commitment_owner_label,
    marked_source,
    refuse_phone_rows,
    work_plan_status_label,
)
from ui.notes.record_tab import RecordTab
from ui.notes.record_table import Column

# Filter keys are "group:<label>" or "institution:<label>" (plain strings survive Qt).
GROUP_KEY, INSTITUTION_KEY = "group", "institution"


def _text_setter(name: str, limit: int = MAX_CELL_LENGTH):
    def apply(record: object, value: object) -> None:
        text = str(value or "").strip()
        check_text(text, limit)
        setattr(record, name, text)

    return apply


def deadline_text(deadline: date | None) -> str:
    return deadline.strftime("%d/%m/%Y") if deadline else ""


def _set_deadline(item: WorkPlanItem, value: object) -> None:
    item.deadline = parse_deadline(str(value or ""))


def _set_status(item: WorkPlanItem, value: object) -> None:
    item.status = WorkPlanStatus(value)


class WorkPlanTab(RecordTab):
    GROUP, ACTION, OUTPUT, OUTCOME, TARGET, PIC, DEADLINE, INSTITUTION, STATUS = range(9)

    def __init__(self, repo: WorkPlanRepository, undo_stack: QUndoStack, parent=None) -> None:
        self.repo = repo
        super().__init__(undo_stack, parent)
        self.filter_label.setText(self.tr("Group or institution"))

    def columns(self) -> list[Column]:
        def text(name: str, header: str, width: int) -> Column:
            return Column(header, lambda r: getattr(r, name), apply=_text_setter(name), width=width)

        return [
            Column(
                self.tr("Group"),
                lambda r: r.group_label,
                apply=_text_setter("group_label", 300),
                width=110,
            ),
            text("action", self.tr("Action"), 200),
            text("output", self.tr("Output"), 150),
            text("outcome_indicator", self.tr("Outcome indicator"), 170),
            text("target", self.tr("Target"), 110),
            text("pic", self.tr("Person in charge"), 130),
            Column(
                self.tr("Deadline"),
                lambda r: deadline_text(r.deadline),
                apply=_set_deadline,
                width=95,
            ),
            text("institution", self.tr("Institution"), 150),
            Column(
                self.tr("Status"),
                lambda r: work_plan_status_label(r.status),
                edit_value=lambda r: r.status,
                apply=_set_status,
                choices=lambda: [(s, work_plan_status_label(s)) for s in WorkPlanStatus],
                width=100,
            ),
        ]

    def fetch(self, session_id: str) -> list[WorkPlanItem]:
        return self.repo.items(session_id)

    def new_record(self, session_id: str) -> WorkPlanItem:
        # A row added while one group or institution is shown belongs to it.
        item = WorkPlanItem(session_id=session_id)
        key = self.current_filter()
        if key:
            kind, label = str(key).split(":", 1)
            if kind == GROUP_KEY:
                item.group_label = label
            else:
                item.institution = label
        return item

    def filters(self) -> list[tuple[object, str]]:
        groups, institutions = owners(self.all_records)
        return [
            *((f"{GROUP_KEY}:{g}", self.tr("Group: %1").replace("%1", g)) for g in groups),
            *(
                (f"{INSTITUTION_KEY}:{i}", self.tr("Institution: %1").replace("%1", i))
                for i in institutions
            ),
        ]

    def accepts(self, record: WorkPlanItem, key: object) -> bool:
        kind, label = str(key).split(":", 1)
        return (record.group_label if kind == GROUP_KEY else record.institution) == label

    def store_add(self, record: WorkPlanItem) -> None:
        self.repo.add(record)

    def store_update(self, record: WorkPlanItem, before: WorkPlanItem) -> None:
        self.repo.update(record, before)

    def store_trash(self, record_id: str) -> None:
        self.repo.move_to_trash(record_id)

    def store_restore(self, record_id: str) -> None:
        self.repo.restore(record_id)


def _set_owner_kind(commitment: Commitment, value: object) -> None:
    commitment.owner_kind = CommitmentOwner(value)


class CommitmentsTab(RecordTab):
    KIND, OWNER, TEXT = range(3)

    def __init__(
        self, repo: CommitmentRepository, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.repo = repo
        super().__init__(undo_stack, parent)
        self.filter_label.setText(self.tr("Group or participant"))

    def columns(self) -> list[Column]:
        return [
            Column(
                self.tr("For"),
                lambda r: commitment_owner_label(r.owner_kind),
                edit_value=lambda r: r.owner_kind,
                apply=refuse_phone_rows(_set_owner_kind),
                choices=lambda: [(o, commitment_owner_label(o)) for o in CommitmentOwner],
                width=110,
            ),
            Column(
                self.tr("Group or participant"),
                lambda r: r.owner_label,
                apply=refuse_phone_rows(_text_setter("owner_label", 300)),
                width=200,
            ),
            Column(
                self.tr("Commitment"),
                lambda r: marked_source(r.text, r.source),
                edit_value=lambda r: r.text,
                apply=refuse_phone_rows(_text_setter("text")),
                width=600,
            ),
        ]

    def fetch(self, session_id: str) -> list[Commitment]:
        return self.repo.commitments(session_id)

    def new_record(self, session_id: str) -> Commitment:
        commitment = Commitment(session_id=session_id, text="")
        key = self.current_filter()
        if key:
            kind, commitment.owner_label = str(key).split(":", 1)
            commitment.owner_kind = CommitmentOwner(kind)
        return commitment

    def filters(self) -> list[tuple[object, str]]:
        seen = sorted(
            {(c.owner_kind, c.owner_label) for c in self.all_records if c.owner_label},
            key=lambda pair: (pair[0], pair[1].casefold()),
        )
        return [
            (f"{kind}:{label}", f"{commitment_owner_label(kind)}: {label}") for kind, label in seen
        ]

    def accepts(self, record: Commitment, key: object) -> bool:
        return f"{record.owner_kind}:{record.owner_label}" == key

    def store_add(self, record: Commitment) -> None:
        self.repo.add(record)

    def store_update(self, record: Commitment, before: Commitment) -> None:
        self.repo.update(record, before)

    def store_trash(self, record_id: str) -> None:
        self.repo.move_to_trash(record_id)

    def store_restore(self, record_id: str) -> None:
        self.repo.restore(record_id)
