"""Talk-time balance: turns (who had the floor when), the live figures per person
and per lens value, the balance index, goals, the speaking-rule flag, and the one
suppression rule every projector scene and shared export goes through. Pure:
turns and rosters in, figures out; times are epoch seconds passed in."""
