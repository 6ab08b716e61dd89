"""Search as the cashier types: name word prefixes in any case (Cyrillic too), barcode, code."""

from __future__ import annotations

from pos_app.core.catalog import Catalog


def names(catalog: Catalog, text: str) -> list[str]:
    return [product.name for product in catalog.search(text).products]


def test_typed_word_beginnings_find_a_product_in_any_case(shop: Catalog) -> None:
    assert names(shop, "мол") == ["Молоко Простоквашино 3,2% 930 мл"]
    assert names(shop, "МОЛ ПРОСТ") == ["Молоко Простоквашино 3,2% 930 мл"]
    assert names(shop, "прост мол") == ["Молоко Простоквашино 3,2% 930 мл"]
    assert names(shop, "йогу") == ["ЙОГУРТ Греческий"]
    assert names(shop, "олоко") == []  # the start of a word, not its middle
    assert names(shop, "мол кефир") == []


def test_yo_and_ye_are_the_same_letter_to_a_search(shop: Catalog) -> None:
    assert names(shop, "елоч") == ["Ёлочные игрушки"]
    assert names(shop, "ёлоч") == ["Ёлочные игрушки"]


def test_a_barcode_or_a_code_typed_finds_its_product(shop: Catalog) -> None:
    assert names(shop, "4690000000023") == ["Кефир Домик в деревне 1%"]
    assert names(shop, "469") == ["Кефир Домик в деревне 1%"]
    assert names(shop, "00042") == ["Сыр Российский весовой"]


def test_an_empty_search_lists_the_whole_catalog_by_name(shop: Catalog) -> None:
    assert names(shop, "") == [
        "Бананы",
        "Ёлочные игрушки",
        "ЙОГУРТ Греческий",
        "Кефир Домик в деревне 1%",
        "Молоко Простоквашино 3,2% 930 мл",
        "Сыр Российский весовой",
    ]
    assert names(shop, " ,") == names(shop, "")


def test_a_long_list_comes_page_by_page_without_gaps_or_repeats(catalog: Catalog) -> None:
    lines = ["code;name;price;vat"] + [f"{n};Товар номер {n};10;11" for n in range(1, 2501)]
    catalog.import_csv("\n".join(lines))
    seen: list[str] = []
    after = None
    while True:
        page = catalog.search("товар", limit=300, after=after)
        seen.extend(product.code for product in page.products)
        if page.after is None:
            break
        after = page.after
    assert sorted(seen, key=int) == [str(n) for n in range(1, 2501)]
    assert len(set(seen)) == 2500
    # Few enough matches come by name.
    few = catalog.search("товар номер 12")
    assert few.by_name
    assert [p.name for p in few.products][:3] == [
        "Товар номер 12",
        "Товар номер 120",
        "Товар номер 1200",
    ]
