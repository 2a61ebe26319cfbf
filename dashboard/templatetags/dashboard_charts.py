"""``{% bar_svg %}`` and ``{% data_table %}``: the dashboard's bar charts and data tables, written in Python.

The province chart has a bar per unit (97 when former units are split out) and every chart has its table;
rendered through the template engine they were most of the dashboard's time, computed figures included.
The markup is what the templates held; ``tests/dashboard/test_views.py`` checks it.
"""

from django import template
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


def _shown(value):
    return "–" if value is None else localize(value)


@register.simple_tag
def bar_svg(chart, fig):
    axis = format_html_join(
        "\n", '    <line x1="{0}" x2="{0}" y1="{1}" y2="{2}"/>\n    <text x="{0}" y="{3}" text-anchor="middle">{4}</text>',
        ((tick["x"], fig["plot_top"], fig["axis_y"], fig["tick_label_y"], localize(tick["value"]))
         for tick in fig["axis"]),
    )
    bars = format_html_join("\n", (
        '  <a href="{}" class="dash-bar dash-level{}{}" data-value="{}">\n'
        '    <title>{}: {} {}</title>\n'
        '    <rect class="dash-hit" x="0" y="{}" width="{}" height="22"/>\n'
        '    <text class="dash-label" x="{}" y="{}" text-anchor="end">{}</text>\n'
        '    <rect class="dash-value-bar" x="{}" y="{}" width="{}" height="{}"/>\n'
        '    <text class="dash-value" x="{}" y="{}">{}</text>\n  </a>'
    ), (
        (bar["row"].url, bar["row"].level, " dash-zero" if bar["empty"] else "", "" if bar["row"].value is None
         else bar["row"].value, bar["row"].label, _shown(bar["row"].value), chart.unit, bar["y"], fig["width"],
         bar["label_x"], bar["text_y"], bar["label"], fig["plot_left"], bar["bar_y"], bar["width"],
         fig["bar_height"], bar["value_x"], bar["text_y"], _shown(bar["row"].value))
        for bar in fig["bars"]
    ))
    return format_html(
        '<svg class="dash-svg" viewBox="0 0 {0} {1}" role="group" aria-labelledby="svg-{2}-title svg-{2}-desc" '
        'xmlns="http://www.w3.org/2000/svg">\n  <title id="svg-{2}-title">{3}</title>\n'
        '  <desc id="svg-{2}-desc">{4}</desc>\n  <g class="dash-grid-lines" aria-hidden="true">\n{5}\n  </g>\n{6}\n</svg>',
        fig["width"], fig["height"], chart.slug, chart.title, chart.description, axis, bars,
    )


@register.simple_tag
def data_table(chart, open=False):
    public = _("trang công khai")

    def cell(row):
        if row.url:
            return format_html('<td><a href="{}">{}</a></td>', row.url, _shown(row.value))
        return format_html("<td>{}</td>", _shown(row.value))

    def line(item):
        row = item["row"]
        link = ""
        if row.extra.get("public_url"):
            link = format_html(' <a class="dash-public" href="{}">{}</a>', row.extra["public_url"], public)
        return format_html('      <tr class="dash-level{}">\n        <th scope="row">{}{}</th>\n        {}\n      </tr>',
                           row.level, row.label, link, mark_safe("".join(cell(c) for c in item["cells"])))

    headings = format_html_join("", '<th scope="col">{}</th>', ((h,) for h in chart.headings))
    body = mark_safe("\n".join(line(item) for item in chart.table))
    return format_html(
        '<details class="dash-table"{}>\n  <summary>{}</summary>\n  <table>\n    <caption>{}</caption>\n'
        '    <thead>\n      <tr>\n        <th scope="col">{}</th>\n        {}\n      </tr>\n    </thead>\n'
        '    <tbody>\n{}\n    </tbody>\n  </table>\n</details>',
        mark_safe(" open") if open else "", _("Xem bảng số liệu"), chart.title, chart.label_heading, headings, body,
    )
