"""The known-identity lookup over the real blind index: honorifics identify no one."""

from __future__ import annotations

from hifazat.cases.tests.factories import identity, register
from hifazat.publishing.engine import Category, ScanContext, scan
from hifazat.publishing.lookup import districts_for, known_identity_lookup
from hifazat.testing import HifazatTestCase


class HonorificTests(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        # the register holds a mother "Namoona Bibi" (factories.SYNTHETIC)
        register(cls.personas["investigating_officer"], cls.station, ident=identity())

    def known(self, text: str) -> list[tuple[str, Category]]:
        ctx = ScanContext(
            child_case=False, known_identity=known_identity_lookup(districts_for(self.station))
        )
        return [
            (text[f.start : f.end], f.category)
            for f in scan(text, ctx)
            if "known_identity" in f.detector
        ]

    def test_it_does_not_match_a_lone_honorific(self) -> None:
        for text in ("Bibi Jan said the shop was closed.", "بی بی نے کہا کہ دکان بند تھی۔"):
            self.assertEqual(self.known(text), [], text)

    def test_it_does_not_match_another_woman_with_the_same_honorific(self) -> None:
        self.assertEqual(self.known("the grocer Shazia Bibi was not at home"), [])

    def test_it_matches_the_registered_name_whatever_honorific_follows(self) -> None:
        for text in ("Namoona Bibi came.", "Namoona Begum came.", "Mst. Namoona came."):
            found = self.known(text)
            self.assertTrue(found and "Namoona" in found[0][0], text)
