"""A small fixture of cases counted by hand, shared by the statistics tests."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar
from zoneinfo import ZoneInfo

from hifazat.accounts.models import OrgUnit
from hifazat.cases import identity as vault
from hifazat.cases import services
from hifazat.cases.models import Offence
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import register
from hifazat.stats.reports import make_report
from hifazat.stats.selectors import Period
from hifazat.stats.tables import INTERNAL, Report
from hifazat.testing import HifazatTestCase

PKT = ZoneInfo("Asia/Karachi")


def at(y: int, m: int, d: int, h: int = 10, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=PKT)


class StatsFixture(HifazatTestCase):
    """Seven cases in 2025 (six at TST-01 in Kasur, one at TST-99 in Lahore), one in 2024, one
    just after midnight of New Year 2026 in Pakistan (still 2025 in UTC)."""

    period: ClassVar[Period]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        load_offences()
        io, other = cls.personas["investigating_officer"], cls.personas["outsider"]
        off = {o.code: o for o in Offence.objects.all()}

        def case(actor, station, when, **kw):  # type: ignore[no-untyped-def]
            accused = kw.pop("accused", [])
            fir = kw.pop("fir", False)
            c = register(actor, station, at=when, **kw)
            for relation in accused:
                services.add_person(
                    actor=actor,
                    case=c,
                    role="accused",
                    relation=relation,
                    sex="male",
                    is_juvenile=False,
                    identity=vault.PersonIdentity(),
                )
            if fir:
                services.add_event(
                    actor=actor,
                    case=c,
                    kind="fir_registered",
                    at=when + dt.timedelta(hours=3),
                    details={"fir_number": "12/25", "fir_date": when.date().isoformat()},
                )
            return c

        st, lhr = cls.station, cls.other_station
        # 1: rape and abduction sections: counted once, as rape (the graver).
        case(
            io,
            st,
            at(2025, 3, 10),
            sex="female",
            age=12,
            offences=[off["PPC-376"], off["PPC-363"]],
            place="victim_home",
            urban=True,
            accused=["relative"],
            fir=True,
        )
        # 2: sodomy, two accused.
        case(
            io,
            st,
            at(2025, 3, 20),
            sex="male",
            age=8,
            offences=[off["PPC-377"]],
            place="street",
            urban=False,
            accused=["stranger", "acquaintance"],
            fir=True,
        )
        # 3: abduction, in Lahore.
        case(other, lhr, at(2025, 7, 1), sex="female", age=16, offences=[off["PPC-363"]])
        # 4: a missing boy reported at 23:30 on 31 January, Pakistan time (18:30 UTC).
        case(io, st, at(2025, 1, 31, 23, 30), kind="missing", sex="male", age=5, fir=True)
        # 5: 00:30 on 1 January 2026 in Pakistan is 19:30 on 31 December 2025 in UTC: 2026.
        case(
            other,
            lhr,
            at(2026, 1, 1, 0, 30),
            kind="conflict",
            sex="male",
            age=15,
            contact_kind="arrest",
        )
        # 6: at risk of child marriage, no section yet.
        case(io, st, at(2025, 5, 5), kind="risk_marriage", sex="female", age=14)
        # 7: murder after sexual abuse; age not known.
        case(
            io,
            st,
            at(2025, 5, 6),
            sex="female",
            age=None,
            age_pending=True,
            offences=[off["PPC-302"], off["PPC-376"]],
        )
        # 8: the previous year.
        case(io, st, at(2024, 6, 1), sex="female", age=9, offences=[off["PPC-363"]])
        # 9: a child witness.
        case(
            io, st, at(2025, 11, 11), kind="witness", sex="female", age=10, contact_kind="interview"
        )
        cls.period = Period.year(2025)

    def report(self, code: str = "PB", grade: str = INTERNAL, lang: str = "en") -> Report:
        unit = OrgUnit.objects.get(code=code)
        return make_report(unit=unit, period=self.period, grade=grade, language=lang)
