"""The console's improvement pages (PDSA cycles, measures, the driver diagram), shown in the Commitments tab."""
