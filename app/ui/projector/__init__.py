"""The projector: one full-screen window showing one scene at a time."""
