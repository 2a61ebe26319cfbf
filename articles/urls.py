from django.urls import path, re_path

from articles import feeds, sitemaps, views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("tin-tuc/", views.ArticleListView.as_view(), name="list"),
    path("tin-tuc/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("chu-de/<slug:slug>/", views.TopicDetailView.as_view(), name="topic"),
    path("van-ban/<slug:slug>/", views.DocumentDetailView.as_view(), name="document"),
    path("rss/", feeds.LatestArticlesFeed(), name="feed"),
    path("dia-phuong/<slug:slug>/rss/", feeds.ProvinceFeed(), name="province_feed"),
    path("chu-de/<slug:slug>/rss/", feeds.TopicFeed(), name="topic_feed"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-tin-moi.xml", sitemaps.news_sitemap, name="sitemap_news"),
    re_path(r"^sitemap-tin-bai-(?P<year>[0-9]{4})-(?P<month>[0-9]{2})\.xml$", sitemaps.article_sitemap_month,
            name="sitemap_month"),
    path("sitemap-<slug:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
]
