from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycare.domain.my_number import (
    check_digit,
    find_my_number_matches,
    find_my_numbers,
    is_valid_my_number,
)

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def ordinance_remainder(first_eleven: str) -> int:
    """Σ P_n × Q_n mod 11, written straight from 総務省令第八十五号 第五条 as a test oracle."""
    total = 0
    for n in range(1, 12):
        p_n = int(first_eleven[11 - n])  # n-th digit counting from the rightmost
        q_n = n + 1 if n <= 6 else n - 5
        total += p_n * q_n
    return total % 11


def with_check_digit(first_eleven: str) -> str:
    r = ordinance_remainder(first_eleven)
    return first_eleven + str(0 if r <= 1 else 11 - r)


def grouped(number: str, sep: str) -> str:
    return sep.join((number[:4], number[4:8], number[8:]))


eleven_digits = st.text(alphabet="0123456789", min_size=11, max_size=11)
valid_numbers = eleven_digits.map(with_check_digit)


# Published worked examples of the formula.
@pytest.mark.parametrize("number", ["123456789018", "023456789013", "983205673214"])
def test_known_valid_numbers(number: str) -> None:
    assert is_valid_my_number(number)


@pytest.mark.parametrize(
    "text",
    ["123456789012", "12345678901", "1234567890180", "", "abcdefghijkl", "1234-56789018"],
)
def test_not_valid(text: str) -> None:
    assert not is_valid_my_number(text)


@given(eleven_digits)
def test_check_digit_matches_the_ordinance(first_eleven: str) -> None:
    assert str(check_digit(first_eleven)) == with_check_digit(first_eleven)[-1]


@pytest.mark.parametrize(
    "bad", ["1234567890", "123456789012", "1234567890a", "１２３４５６７８９０１"]
)
def test_check_digit_wants_eleven_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        check_digit(bad)


@given(valid_numbers, st.sampled_from(["", " ", "-", "\u3000", "－"]), st.booleans())
def test_valid_numbers_are_recognised_however_written(
    number: str, sep: str, full_width: bool
) -> None:
    written = grouped(number, sep) if sep else number
    if full_width:
        written = written.translate(FULL_WIDTH)
    assert is_valid_my_number(f" {written} ")
    assert find_my_numbers(f"マイナンバーは{written}です。") == [number]


@given(valid_numbers, st.integers(min_value=0, max_value=11), st.integers(1, 9))
def test_single_digit_typos_are_rejected_except_the_formulas_blind_spot(
    number: str, position: int, shift: int
) -> None:
    typo_digit = str((int(number[position]) + shift) % 10)
    typo = number[:position] + typo_digit + number[position + 1 :]
    # The formula maps remainders 0 and 1 to the same check digit 0, so a typo in the first
    # 11 digits that moves the remainder between 0 and 1 goes unseen; every other one is seen.
    blind_spot = position < 11 and {
        ordinance_remainder(number[:11]),
        ordinance_remainder(typo[:11]),
    } == {0, 1}
    assert is_valid_my_number(typo) == blind_spot
    assert (find_my_numbers(typo) == [typo]) == blind_spot


def test_the_blind_spot_exists() -> None:
    # Σ = 0 and Σ = 6 × 2 = 12 ≡ 1 (mod 11): both end in check digit 0.
    assert is_valid_my_number("000000000000")
    assert is_valid_my_number("000000000060")


@given(valid_numbers, st.sampled_from("0123456789"))
def test_numbers_inside_longer_digit_runs_are_not_found(number: str, extra: str) -> None:
    assert find_my_numbers(f"No.{extra}{number}") == []
    assert find_my_numbers(f"No.{number}{extra}") == []
    assert find_my_numbers(f"No.{extra}{grouped(number, '')}{extra}") == []


@given(eleven_digits, st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_eleven_and_thirteen_digit_runs_are_not_found(eleven: str, thirteen: str) -> None:
    assert find_my_numbers(f"番号 {eleven} です") == []
    assert find_my_numbers(f"番号 {thirteen} です") == []


@given(valid_numbers, st.sampled_from([" ", "-"]))
def test_a_16_digit_card_number_in_groups_of_four_is_not_a_my_number(number: str, sep: str) -> None:
    card = grouped(number, sep) + sep + "1234"
    assert find_my_numbers(f"card {card}") == []
    assert find_my_numbers(f"card 1234{sep}" + grouped(number, sep)) == []


def test_numbers_embedded_in_text_are_found_with_their_positions() -> None:
    text = "母: 1234-5678-9018、父: ０２３４ ５６７８ ９０１３ (電話 03-1234-5678)"
    assert find_my_numbers(text) == ["123456789018", "023456789013"]
    matches = find_my_number_matches(text)
    assert [text[m.start : m.end] for m in matches] == [
        "1234-5678-9018",
        "０２３４ ５６７８ ９０１３",
    ]


def test_mixed_separators_are_not_a_grouped_number() -> None:
    assert find_my_numbers("1234-5678 9018") == []


@given(st.lists(valid_numbers, min_size=1, max_size=4), st.sampled_from([", ", " / ", "\n", "と"]))
def test_several_numbers_are_all_found_in_order(numbers: list[str], joiner: str) -> None:
    assert find_my_numbers(joiner.join(numbers)) == numbers


@given(st.text())
def test_whatever_is_found_is_a_valid_number(text: str) -> None:
    for number in find_my_numbers(text):
        assert len(number) == 12 and number.isascii() and number.isdigit()
        assert is_valid_my_number(number)
