"""How an official's position reads in print: "Trưởng Ban Tuyên giáo Tỉnh ủy", never "Trưởng ban Ban Tuyên giáo"."""

from core.text import tone_fold


def position_display(title, organisation_name=""):
    """The title joined to the organisation's name the way a newspaper prints it.

    Titles are often entered with the start of the organisation's name ("Trưởng ban" in "Ban Tuyên giáo", "Bí thư
    Tỉnh ủy" in "Tỉnh ủy Kiên Giang"); printing both doubles the words. The longest run of words that ends the title
    and starts the organisation's name is printed once, as the organisation writes it (its capitals: "Ban" is a
    name there). A title that already contains the whole name is printed alone.
    """
    title = " ".join((title or "").split())
    name = " ".join((organisation_name or "").split())
    if not name:
        return title
    if not title:
        return name
    if tone_fold(name) in tone_fold(title):
        return title
    title_words, name_words = title.split(), name.split()
    folded_title = [tone_fold(word) for word in title_words]
    folded_name = [tone_fold(word) for word in name_words]
    for size in range(min(len(title_words), len(name_words)), 0, -1):
        if folded_title[-size:] == folded_name[:size]:
            return " ".join([*title_words[:-size], *name_words])
    return f"{title} {name}"
