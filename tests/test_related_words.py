"""related._words, rewritten for speed (set operations): the words it finds are unchanged."""

from articles.related import _words


def test_words_are_lowercased_three_letters_or_more_and_not_stopwords():
    text = "The UN and Hà Nội agree: 2 big budget_cuts, 300 jobs — for the Mekong's farms"
    assert _words(text) == {"nội", "agree", "big", "budget_cuts", "300", "jobs", "mekong", "farms"}
