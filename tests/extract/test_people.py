"""extract/people.py: people named with their roles, the chairs of a meeting, authors."""

from __future__ import annotations

from soket.extract.people import byline_names, extract_people, looks_like_person, sentence_people
from soket.extract.sentences import split_sentences


def test_names_and_places_are_told_apart():
    assert looks_like_person("Nguyễn Văn An")
    assert looks_like_person("Lê Thị Hồng Nhung")
    assert not looks_like_person("Phú Thọ")


def test_one_person_with_two_roles():
    got = sentence_people("Đồng chí Trần Văn Bình, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.")
    assert got == [("Trần Văn Bình", ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"])]


def test_guests_and_the_chair():
    people, chairs = extract_people(split_sentences(
        "Dự hội nghị có đồng chí Phạm Thị Lan, Phó Chủ tịch UBND tỉnh. "
        "Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy chủ trì hội nghị."))
    assert [(p.name, p.roles) for p in people] == [("Phạm Thị Lan", ["Phó Chủ tịch UBND tỉnh"]),
                                                   ("Hoàng Văn Nam", ["Bí thư Huyện ủy"])]
    assert chairs == ["Hoàng Văn Nam"]


def test_a_byline_of_two_authors():
    assert byline_names("Minh Anh - Quốc Huy") == ["Minh Anh", "Quốc Huy"]
