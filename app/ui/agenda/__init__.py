"""The Agenda tab: plan each day's items, edit with undo and redo, re-plan a day that runs late."""
