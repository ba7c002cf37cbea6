"""The use cases the window offers, as functions the window and the command line both call: they gather no input
and show nothing, they own their guards (`require_live`), and they open each live system from the project in one
way (`systems`). Nothing here imports Qt."""
