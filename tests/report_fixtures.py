"""A filled-in training day for report, export and bundle tests: the sample Cerdas Nurani
session with 60 participants from six offices, attendance, groups, a run log with real times,
notes, work plans, commitments, a vote and an evaluation — all stored through the areas'
own repositories, as the app would."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import sqlite_utils

from facilitation.evaluation import ReactionTally, ReactionTarget, TestScore
from facilitation.groups import GroupPlan
from facilitation.library import load_library
from facilitation.notes import Note, NoteKind
from facilitation.participants import Participant
from facilitation.run_log import EventKind, RunEvent
from facilitation.session import Session
from facilitation.tallies import Vote, VoteOption
from facilitation.workplans import Commitment, WorkPlanItem
from storage.attendance import AttendanceRepository
from storage.evaluation import EvaluationRepository
from storage.groups import GroupRepository
from storage.notes import NoteRepository
from storage.participants import ParticipantRepository
from storage.run_state import RunRepository
from storage.sample import ensure_sample_session
from storage.tallies import TallyRepository
from storage.workplans import CommitmentRepository, WorkPlanRepository

SAMPLE_DAY = date(2022, 3, 23)
INSTITUTIONS = (
    "BPMPT Kabupaten Kulon Progo",
    "Dinas Kesehatan",
    "Bappeda",
    "Dinas Pendidikan",
    "Sekretariat Daerah",
    "Kecamatan Pengasih",
)
GIVEN = (
    "Siti",
    "Budi",
    "Agus",
    "Dewi",
    "Rina",
    "Hendra",
    "Sri",
    "Bambang",
    "Nur",
    "Yuni",
    "Eko",
    "Wahyu",
    "Ratna",
    "Joko",
    "Lestari",
)
FAMILY = (
    "Rahayu",
    "Santoso",
    "Wibowo",
    "Susanti",
    "Pratama",
    "Hidayat",
    "Purnomo",
    "Kusuma",
    "Handayani",
    "Setiawan",
    "Nugroho",
    "Wulandari",
)
POSITIONS = (
    "Kepala Seksi",
    "Staf Pelaksana",
    "Analis Perizinan",
    "Kepala Subbagian",
    "Pengadministrasi Umum",
    "Verifikator",
)
NOTE_TEXTS = (
    "Loket perizinan buka tepat pukul 08.00 dan antrean diumumkan lewat papan digital.",
    "Setiap berkas yang masuk diberi tanda terima dengan janji waktu selesai.",
    "Pelayanan prima berarti pemohon tidak perlu datang dua kali untuk kekurangan berkas.",
    "Kami sepakat menolak segala bentuk imbalan di luar tarif resmi.",
    "Bagaimana menjaga semangat ini setelah pelatihan selesai?",
    '"Bekerja adalah ibadah" — bukan sekadar menggugurkan kewajiban.',
    "Perlu SOP tertulis untuk perizinan yang melibatkan lebih dari satu dinas.",
    "Survei kepuasan pemohon diadakan tiap bulan dan hasilnya diumumkan.",
)


def sample_session(db: sqlite_utils.Database, lang: str = "id") -> Session:
    return ensure_sample_session(db, load_library(), lang, SAMPLE_DAY)


def fill_day(
    db: sqlite_utils.Database,
    session: Session,
    people: int = 60,
    notes_per_activity: int = 6,
    seed: int = 7,
) -> None:
    rng = random.Random(seed)
    participants = ParticipantRepository(db)
    roster = []
    for index in range(people):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        nip = f"19{70 + index % 25:02d}0{1 + index % 9}1{index % 3}2005011{index % 10}0{index % 9}"
        roster.append(
            Participant(
                name=name,
                nip=nip[:18],
                position=rng.choice(POSITIONS),
                institution=INSTITUTIONS[index % len(INSTITUTIONS)],
                gender="L" if index % 2 else "P",
                phone=f"0812{3000000 + index * 7919:07d}",
                email=f"peserta{index}@kulonprogokab.go.id",
            )
        )
    ids = participants.import_roster(session.id, roster)
    day = session.days[0]
    attendance = AttendanceRepository(db)
    for participant_id in ids[: people - people // 12]:
        attendance.set_present(participant_id, day.id, True)
    plan = GroupPlan(value=6, seed=seed)
    groups = [ids[i::6] for i in range(6)]
    names = ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif"]
    GroupRepository(db).save_formation(session.id, plan, groups, names)
    _run_log(db, session)
    note_repository = NoteRepository(db)
    kinds = list(NoteKind)
    for activity in day.activities:
        if activity.kind in ("break", "opening"):
            continue
        for n in range(notes_per_activity):
            note_repository.add(
                Note(
                    session_id=session.id,
                    activity_id=activity.id,
                    text=rng.choice(NOTE_TEXTS),
                    kind=kinds[n % len(kinds)],
                    group_label=names[n % 3] if activity.grouping != "whole_room" else "",
                    speaker=rng.choice(GIVEN),
                    tags=["pelayanan prima"] if n % 4 == 0 else [],
                    starred=n % 5 == 0,
                )
            )
    _outputs(db, session, names)


def _run_log(db: sqlite_utils.Database, session: Session) -> None:
    day = session.days[0]
    clock = datetime(2022, 3, 23, 1, 5, tzinfo=UTC)  # 08.05 in Yogyakarta (UTC+7)
    events = []
    for index, activity in enumerate(day.activities):
        drift = (-3, 0, 5, 12, -5, 0, 8)[index % 7]
        minutes = max(1, activity.planned_minutes + drift)
        kind = EventKind.SKIP if index == len(day.activities) - 2 else EventKind.END
        events.append(RunEvent(EventKind.START, activity.id, clock, day_id=day.id))
        clock += timedelta(minutes=minutes)
        events.append(RunEvent(kind, activity.id, clock, elapsed_s=minutes * 60.0, day_id=day.id))
    RunRepository(db).log(session.id, events)


def _outputs(db: sqlite_utils.Database, session: Session, groups: list[str]) -> None:
    plans = WorkPlanRepository(db)
    actions = (
        (
            "Menyusun SOP pelayanan perizinan terpadu",
            "Dokumen SOP",
            "SOP ditetapkan",
            "100%",
            "Kepala Seksi Pelayanan",
            date(2022, 6, 30),
        ),
        (
            "Memasang papan informasi biaya dan waktu layanan",
            "Papan informasi",
            "Keluhan biaya turun",
            "6 loket",
            "Subbag Umum",
            date(2022, 4, 30),
        ),
        (
            "Survei kepuasan pemohon bulanan",
            "Laporan survei",
            "IKM ≥ 85",
            "12 laporan",
            "Analis Perizinan",
            date(2022, 12, 31),
        ),
    )
    for index, (action, output, indicator, target, pic, deadline) in enumerate(actions):
        plans.add(
            WorkPlanItem(
                session_id=session.id,
                action=action,
                output=output,
                outcome_indicator=indicator,
                target=target,
                pic=pic,
                deadline=deadline,
                group_label=groups[index],
                institution=INSTITUTIONS[0],
            )
        )
    commitments = CommitmentRepository(db)
    for index, text in enumerate(
        (
            "Kami berkomitmen memberikan pelayanan prima yang bersih dari KKN.",
            "Kami menolak gratifikasi dalam bentuk apa pun.",
        )
    ):
        commitments.add(Commitment(session_id=session.id, text=text, owner_label=groups[index]))
    TallyRepository(db).add(
        Vote(
            session_id=session.id,
            question="Nilai BerAKHLAK mana yang paling perlu diperkuat di kantor kita?",
            options=[
                VoteOption("Berorientasi Pelayanan", 21, 0),
                VoteOption("Akuntabel", 14, 1),
                VoteOption("Kolaboratif", 12, 2),
                VoteOption("Adaptif", 8, 3),
            ],
        )
    )
    evaluation = EvaluationRepository(db)
    day = session.days[0]
    for index, activity in enumerate(day.activities[:5]):
        evaluation.save_tally(
            ReactionTally(
                session_id=session.id,
                target_kind=ReactionTarget.ACTIVITY,
                target_key=activity.id,
                target_label=activity.title,
                counts=[0, 1 + index % 2, 8, 25 - index, 18 + index],
            )
        )
    for index in range(20):
        evaluation.save_score(
            TestScore(
                session_id=session.id,
                participant_name=f"Peserta {index + 1}",
                pre=40.0 + index,
                post=70.0 + index / 2,
            )
        )
