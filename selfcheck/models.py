# Models come with the app's own issue.
