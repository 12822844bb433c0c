"""Staff accounts: login throttling (django-axes), two-factor (django-otp), session hygiene."""
