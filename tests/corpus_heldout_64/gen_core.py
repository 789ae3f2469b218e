"""Reusable clinical paragraphs about one patient.  Each returns (subject, text, types)."""
import gen_common as C
import gen_data as D


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def _labs(ctx, lang, k=2):
    pool = D.LABS_FR if lang == 'fr' else D.LABS_EN
    picks = ctx.rng.sample(pool, k)
    return ', '.join('%s %s' % (n, f(ctx.rng)) for n, f in picks)


def _dx(ctx, lang, p=None):
    dx = ctx.dx(p)
    return dx, (dx[0] if lang == 'fr' else dx[1]), D.REGIMENS[dx[2]][0 if lang == 'fr' else 1]


def pick_ids(ctx, allow_anonymous=True):
    r = ctx.rng
    opts = [('name', 'mrn'), ('rev', 'mrn'), ('name',), ('name',), ('initial', 'mrn'),
            ('name', 'dob'), ('name', 'ramq_nam'), ('caps', 'mrn', 'dob'), ('typo', 'mrn'),
            ('name', 'mrn', 'ramq_nam', 'dob'), ('rev', 'ramq_nam', 'dob'), ('caps', 'ramq_nam'),
            ('name', 'ramq_nam', 'dob')]
    if allow_anonymous:
        opts += [('mrn',), ('ramq_nam', 'dob'), ('ramq_nam',)]
    return r.choice(opts)


def core_chemo_verif(ctx, p, lang, ids, onc=None):
    r = ctx.rng
    dx, dxt, regt = _dx(ctx, lang, p)
    who, T = ctx.ref(p, lang, ids)
    cyc = r.randint(2, 9)
    labs = _labs(ctx, lang, r.randint(1, 3))
    bsa = r.choice(['1,62', '1,78', '1,85', '1,94', '2,03']) if lang == 'fr' else r.choice(['1.62', '1.78', '1.85', '1.94', '2.03'])
    red = r.choice([15, 20, 25])
    T |= {'diagnosis', 'medication', 'lab_result'}
    if lang == 'fr':
        subj = r.choice(['Validation C%d – question de dose' % cyc, 'Ordonnance chimio C%d à valider' % cyc,
                         'Q dose C%d' % cyc, 'Chimio de demain – labos limites'])
        txt = r.choice([
            "En validant l'ordonnance du cycle %d pour %s (%s), je remarque aux labos de ce matin : %s. "
            "Protocole : %s. ASC %s m².\n\nSelon le protocole, on devrait reporter d'une semaine ou réduire de %d %%. "
            "Que souhaites-tu faire ? La préparation en salle blanche est prévue pour 11 h." % (cyc, who, dxt, labs, regt, bsa, red),
            "Pour %s – %s, C%d prévu demain.\nLabos : %s.\nJe propose une réduction de dose de %d %% (ASC %s). "
            "Peux-tu confirmer ou modifier l'ordonnance dans ARIA ?" % (who, dxt, cyc, labs, red, bsa),
        ])
    else:
        subj = r.choice(['C%d order verification - dose question' % cyc, 'Chemo order to verify, C%d' % cyc,
                         'dose q for tomorrow', 'Borderline labs for C%d' % cyc])
        txt = r.choice([
            "While verifying the cycle %d order for %s (%s) I see this morning's labs: %s. Regimen: %s, BSA %s m2.\n\n"
            "Per protocol we should delay one week or reduce by %d%%. How would you like to proceed? Compounding is booked for 11:00."
            % (cyc, who, dxt, labs, regt, bsa, red),
            "Re %s - %s, C%d booked tomorrow.\nLabs: %s.\nI'd suggest a %d%% dose reduction (BSA %s). Can you confirm or amend the order?"
            % (who, dxt, cyc, labs, red, bsa),
        ])
    return subj, cap(txt), T


def core_toxicity(ctx, p, lang, ids):
    r = ctx.rng
    dx, dxt, regt = _dx(ctx, lang, p)
    who, T = ctx.ref(p, lang, ids)
    T |= {'diagnosis', 'medication'}
    day = r.randint(3, 12)
    tox = r.choice([
        ('diarrhée grade 3', 'grade 3 diarrhea', ('lopéramide 4 mg puis 2 mg après chaque selle', 'loperamide 4 mg then 2 mg after each stool')),
        ('mucite grade 2', 'grade 2 mucositis', ('rince-bouche au bicarbonate QID', 'bicarbonate mouthwash QID')),
        ('neuropathie grade 2 aux mains', 'grade 2 neuropathy in the hands', ('prégabaline 25 mg HS', 'pregabalin 25 mg HS')),
        ('fièvre 38,6 °C', 'fever 38.6 C', ("consultation à l'urgence pour hémocultures et pipéracilline-tazobactam", 'ER visit for blood cultures and piperacillin-tazobactam')),
        ('syndrome main-pied grade 2', 'grade 2 hand-foot syndrome', ('crème d\'urée 10 % BID', 'urea 10% cream BID')),
        ('vomissements incoercibles', 'intractable vomiting', ('olanzapine 5 mg HS', 'olanzapine 5 mg HS')),
    ])
    tox_fr, tox_en, sup = tox
    with_lab = r.random() < 0.5
    labs = _labs(ctx, lang, 1) if with_lab else ''
    if with_lab:
        T.add('lab_result')
    if lang == 'fr':
        subj = r.choice(['Appel ligne info-chimio', 'Toxicité – à voir', 'Appel patient J%d' % day, 'suivi tox'])
        txt = ("%s a appelé la ligne info-chimio ce matin : J%d de %s pour %s. Rapporte %s depuis 48 h. "
               "%sJ'ai recommandé %s et une visite en clinique demain.%s"
               % (who, day, regt.split(':')[0], dxt, tox_fr, ('Labos en CLSC : %s. ' % labs) if with_lab else '',
                  sup[0], r.choice(['', ' Vit seule, sa sœur viendra la conduire.' if p.sex == 'F' else ' Vit seul, son frère viendra le conduire.'])))
        if 'Vit seul' in txt:
            T.add('social_information')
    else:
        subj = r.choice(['Chemo hotline call', 'Toxicity - please review', 'Pt call D%d' % day, 'tox f/u'])
        txt = ("%s called the chemo hotline this morning: day %d of %s for %s. Reports %s for 48 h. "
               "%sI recommended %s and a clinic visit tomorrow."
               % (who, day, regt.split(':')[0], dxt, tox_en, ('CLSC labs: %s. ' % labs) if with_lab else '', sup[1]))
    return subj, cap(txt), T


def core_palliative(ctx, p, lang, ids):
    r = ctx.rng
    dx, dxt, regt = _dx(ctx, lang, p)
    who, T = ctx.ref(p, lang, ids)
    meds = r.sample(D.PALLIATIVE_MEDS, r.randint(2, 3))
    soc = r.randrange(len(D.SOCIAL_FR))
    T |= {'diagnosis', 'medication', 'social_information'}
    if lang == 'fr':
        subj = r.choice(['Suivi soins palliatifs', 'Détérioration à domicile', 'Ajustement analgésie', 'PPS 30 %'])
        txt = ("%s, %s, PPS %d %%. Douleur mal contrôlée depuis 2 jours, entredoses x %d/24 h.\n"
               "Ordonnances actuelles :\n%s\n\nContexte : %s.\nJe propose d'augmenter la base de 25 %% et de revoir demain."
               % (who, dxt, r.choice([20, 30, 40]), r.randint(4, 9), '\n'.join('- ' + m[0] for m in meds), D.SOCIAL_FR[soc]))
    else:
        subj = r.choice(['Palliative follow-up', 'Decline at home', 'Analgesia adjustment', 'PPS 30%'])
        txt = ("%s, %s, PPS %d%%. Pain poorly controlled for 2 days, %d breakthrough doses in 24 h.\n"
               "Current orders:\n%s\n\nContext: %s.\nI suggest increasing the regular dose by 25%% and reassessing tomorrow."
               % (who, dxt, r.choice([20, 30, 40]), r.randint(4, 9), '\n'.join('- ' + m[1] for m in meds), D.SOCIAL_EN[soc]))
    return subj, cap(txt), T


CORES = [core_chemo_verif, core_toxicity, core_palliative]
