"""Paging for ListView that forgives old and hand-typed links."""


class ForgivingPaginationMixin:
    """A page number that is not one shows the first page, one past the end the last page
    (Paginator.get_page), instead of ListView's 404: an old link still leads somewhere."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(
            queryset,
            page_size,
            orphans=self.get_paginate_orphans(),
            allow_empty_first_page=self.get_allow_empty(),
        )
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
