from django.urls import path, re_path

from articles import feeds, indexes, sitemaps, views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("tin-tuc/", views.ArticleListView.as_view(), name="list"),
    path("tin-tuc/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("dia-phuong/", indexes.ProvinceIndexView.as_view(), name="provinces"),
    path("chu-de/", indexes.TopicIndexView.as_view(), name="topics"),
    path("chu-de/<slug:slug>/", views.TopicDetailView.as_view(), name="topic"),
    path("van-ban/<slug:slug>/", views.DocumentDetailView.as_view(), name="document"),
    path("rss/", feeds.LatestArticlesFeed(), name="feed"),
    path("kenh-rss/", indexes.FeedIndexView.as_view(), name="feeds"),
    path("dia-phuong/<slug:slug>/rss/", feeds.ProvinceFeed(), name="province_feed"),
    path("chu-de/<slug:slug>/rss/", feeds.TopicFeed(), name="topic_feed"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-tin-moi.xml", sitemaps.news_sitemap, name="sitemap_news"),
    re_path(r"^sitemap-tin-bai-(?P<year>[0-9]{4})-(?P<month>[0-9]{2})\.xml$", sitemaps.article_sitemap_month,
            name="sitemap_month"),
    path("sitemap-<slug:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
]

# The province and official pages list articles, so their views belong to this app (places and people sit below
# it). They keep the URL names of the objects they show, ``places:detail`` and ``people:official``: config/urls.py
# includes each under that namespace.
province_urls = ([path("dia-phuong/<slug:slug>/", views.ProvinceDetailView.as_view(), name="detail")], "places")
official_urls = ([path("nhan-vat/<slug:slug>/", views.OfficialDetailView.as_view(), name="official")], "people")
