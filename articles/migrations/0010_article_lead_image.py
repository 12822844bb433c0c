"""Article.lead_image: the photo at the top of a story, on its cards and in link previews (issue 15)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0009_seed_source_profiles'),
        ('media', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='lead_image',
            field=models.ForeignKey(blank=True, help_text='The photo at the top of the story, on cards and in link previews.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='lead_of', to='media.image'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='lead_image',
            field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, help_text='The photo at the top of the story, on cards and in link previews.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='media.image'),
        ),
    ]
