"""The filter form's selects, written out in Python (articles.filters.FastSelect)."""

from django import forms

from articles.filters import FastSelect


class Form(forms.Form):
    place = forms.ChoiceField(widget=FastSelect, choices=[
        ("", "Tất cả"), ("Hiện nay", [("an-giang", "An Giang"), ("x", '<b>"Tên lạ"</b>')]),
        ("Trước 2025", [("kien-giang", "Kiên Giang (đến 30/06/2025)")]),
    ])
    kind = forms.ChoiceField(widget=FastSelect, choices=[("", "Tất cả"), ("1", "Một")], required=False)


def test_the_select_keeps_the_name_first_groups_in_order_and_marks_one_choice():
    html = str(Form(data={"place": "kien-giang"})["place"])
    assert html.startswith('<select name="place" id="id_place" required>')
    assert html.index('<optgroup label="Hiện nay">') < html.index('<optgroup label="Trước 2025">')
    assert '<option value="kien-giang" selected>Kiên Giang (đến 30/06/2025)</option>' in html
    assert html.count(" selected") == 1 and html.endswith("</select>")


def test_labels_and_values_are_escaped():
    html = str(Form()["place"])
    assert '<option value="x">&lt;b&gt;&quot;Tên lạ&quot;&lt;/b&gt;</option>' in html


def test_an_empty_value_selects_the_empty_choice_and_only_it():
    html = str(Form(data={"kind": ""})["kind"])
    assert '<option value="" selected>Tất cả</option>' in html and html.count(" selected") == 1
    assert "required" not in html
