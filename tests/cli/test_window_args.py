"""`jpf-desk` with only the global options opens the window without building the
subcommands' parser (issue 16: importing them all cost the window's start ~0.2 s);
anything else goes to the whole parser, which reports it as before."""

from __future__ import annotations

import pytest

from jpf_desk.cli import build_parser, window_args


@pytest.mark.parametrize("argv", [
    [],
    ["--data-dir", "/tmp/desk"],
    ["--data-dir=/tmp/desk", "--lang", "fr", "-v"],
    ["--lang", "en", "--data-dir", "/tmp/desk"],
])
def test_global_options_alone_are_the_window_with_the_same_values(argv: list[str]) -> None:
    args = window_args(argv)
    assert args is not None
    whole = build_parser().parse_args(argv)
    assert (args.command, args.data_dir, args.lang, args.verbose) == \
        (None, whole.data_dir, whole.lang, whole.verbose)


@pytest.mark.parametrize("argv", [
    ["search", "nguyen"],
    ["--data-dir", "/tmp/desk", "demo", "--customers", "3"],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--lang", "de"],
    ["--data-dir"],
    ["--no-such-option"],
])
def test_anything_else_is_left_to_the_whole_parser(argv: list[str]) -> None:
    assert window_args(argv) is None


def test_a_bad_option_is_reported_once_by_the_whole_parser(capsys) -> None:
    from jpf_desk.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "de"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("invalid choice") == 1
