"""Ukraine Accountability Tracker: data model, queries, filters and charts."""
