"""``{% article_card article %}``: the card every list of articles shows (home, lists, topics, officials, related);
``{% article_cards articles %}``: every card of a list at once, from the card cache (articles/card_cache.py).

Rendered in Python rather than by including a template: a home page shows about fifty cards, and the
template engine's per-include cost (context pushes, variable resolution, nested ``{% picture %}``) was
half of the page's server time. The markup is what ``templates/articles/includes`` used to hold; change it
here, and its tests in ``tests/articles/test_cards.py``. A change of this file is a new card everywhere: the card
cache keys on its source.
"""

from django import template
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from renditions.templatetags.renditions import picture_html

register = template.Library()

FEATURED_SIZES = "(max-width: 800px) 100vw, 720px"
GRID_SIZES = "(max-width: 600px) 100vw, (max-width: 1000px) 50vw, 360px"
LEAD_WORDS = 36


def _province_links(article, urls):
    # A page lists the same few provinces again and again: reverse() each once per page.
    links = []
    for province in article.provinces.all():
        url = urls.get(province.pk) or urls.setdefault(province.pk, province.get_absolute_url())
        links.append((url, province.name))
    return format_html_join("", " · <a href=\"{}\">{}</a>", links)


def render_card(article, *, featured=False, eager=False, compact=False, official=None, province_urls=None):
    """The card of an article read with ``for_cards()``. ``official``: the official whose page lists it, named
    before the title the article printed for them (``printed_title``, annotated by that page's query)."""
    url = article.get_absolute_url()
    photo = article.featured_photo
    media = ""
    if photo and photo.image:
        media = format_html(
            '\n  <a class="card-media" href="{}" tabindex="-1" aria-hidden="true">{}</a>\n  ', url,
            picture_html(photo, sizes=FEATURED_SIZES if featured else GRID_SIZES, eager=eager, alt=""),
        )
    published = timezone.localtime(article.publish_at) if article.publish_at else None
    date = format_html('<time datetime="{}">{}</time>', published.isoformat(), published.strftime("%d/%m/%Y")) \
        if published else ""
    places = "" if compact else _province_links(article, {} if province_urls is None else province_urls)
    printed = ""
    printed_title = getattr(article, "printed_title", "")
    if printed_title:
        printed = format_html('\n    <p class="meta printed-title">{}, {}</p>',
                              getattr(official, "full_name", ""), printed_title)
    lead = ""
    if article.lead:
        lead = format_html('\n    <p class="lead-short">{}</p>', Truncator(article.lead).words(LEAD_WORDS, truncate=" …"))
    return format_html(
        '<article class="card{}">{}\n  <div class="card-body">\n'
        '    <h3 class="card-title"><a href="{}">{}</a></h3>\n'
        '    <p class="meta">{}{}</p>{}{}\n  </div>\n</article>',
        mark_safe(" card-featured") if featured else "", media, url, article.title, date, places, printed, lead,
    )


@register.simple_tag(takes_context=True)
def article_card(context, article, featured=False, eager=False, compact=False):
    """One card, rendered now (no cache): for the few cards of an article page, whose articles are at hand."""
    return render_card(
        article, featured=featured, eager=eager, compact=compact, official=context.get("official"),
        province_urls=context.render_context.setdefault("card_province_urls", {}),
    )


@register.simple_tag(takes_context=True)
def article_cards(context, articles):
    """Every card of a list, in order. A ``CardList`` (the lists' paginators and the home page give one) brings
    its cards from the card cache, reading only the missing articles; any other list of articles is rendered
    here, card by card."""
    cards = getattr(articles, "card_html", None)
    if cards is not None:
        return mark_safe("".join(cards()))
    return mark_safe("".join(article_card(context, article) for article in articles))
