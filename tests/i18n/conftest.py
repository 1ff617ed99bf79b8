"""`speaking(lang)`: the application started in that language (its translators installed),
back to Vietnamese after the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from jpf_desk.ui.app import application


@pytest.fixture
def speaking(qapp) -> Iterator[Callable[[str], None]]:
    def start(lang: str) -> None:
        application(lang)

    yield start
    application("vi")
