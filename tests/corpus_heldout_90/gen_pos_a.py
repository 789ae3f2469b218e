"""Positive templates, part A: developmental/autism clinics, neonatal follow-up,
child life, endocrinology."""
import datetime

from gen_common import (dr, dec, HOSP, HOSP_DOMAIN, EXT_ORGS, age_text, closing, dept_addr, dept_name,
                        e_, fmt_date, fmt_mrn, fmt_nam, greet, name_style, pron, signature)
from gen_files import att_docx, att_pdf, make_docx, make_pdf
from gen_mime import Mail
from gen_text import DX, LAB, MED, L, earlier, pick, quoted, re_, fw_

EQ_ENDO = "équipe d'endocrinologie"
NAME_STYLES = [('full', 45), ('last_first', 14), ('LAST', 9), ('last_space', 8), ('lower', 7),
               ('initial', 7), ('LAST,', 5), ('kid_title', 5)]


def nm(ctx, p, lang, allow=None):
    opts = [(s, w) for s, w in NAME_STYLES if allow is None or s in allow]
    tot = sum(w for _, w in opts)
    r = ctx.randint(1, tot)
    for s, w in opts:
        r -= w
        if r <= 0:
            return name_style(p, s, lang)
    return p.full


def nam_style(ctx):
    return ctx.choice([0, 0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8])


def mrn_style(ctx):
    return ctx.choice([0, 0, 0, 1, 2, 3, 4, 5, 6, 7])


def born(p, lang, d):
    return (f'né{e_(p, lang)} le {d}' if lang == 'fr' else f'DOB {d}')


def mk(ctx, lang, cat, note, sender, to, subject, text, types, **kw):
    d = kw.pop('date', None) or ctx.msg_date()
    return Mail(subject=subject, sender=sender, to=to, text=text, date=d, lang=lang,
                types=set(types), note=note, cat=cat, **kw)


def staff_pair(st):
    return (st.full, st.email)


def ext_pair(st, domain):
    return (st.full, st.email.replace(HOSP_DOMAIN, domain))


def dept_pair(dept, lang):
    return (f'{dept_name(dept, lang)} – HESA', dept_addr(dept))


# --------------------------------------------------------------------------
def p_dev_referral(ctx, lang):
    hold = ctx.chance(0.6)
    k = ctx.kid(2020, 2022, holder=hold, holder_pool=[h for h in ctx.kid_holders if h.dob.year >= 2015])
    d = ctx.msg_date()
    org, dom = EXT_ORGS['clsc']
    st = ctx.staff('clsc', 'nurse', 'F')
    st.email = st.email.replace(HOSP_DOMAIN, dom)
    dx = pick(ctx, DX, 'dev', lang)
    types = {'patient_name', 'date_of_birth', 'diagnosis'}
    name = nm(ctx, k, lang)
    dob = fmt_date(k.dob, lang, ctx.randint(0, 5))
    ident = ''
    if k.nam:
        types.add('ramq_nam')
        ident = (f', NAM {fmt_nam(k.nam, nam_style(ctx))}' if lang == 'fr'
                 else f', RAMQ {fmt_nam(k.nam, nam_style(ctx))}')
    obs_fr = ctx.choice([
        "Aucune combinaison de mots à 30 mois, peu de contact visuel, aligne ses petites voitures, crises importantes aux transitions au CPE.",
        "Marche acquise à 22 mois, langage limité à une dizaine de mots, ne pointe pas pour demander. L'éducatrice note beaucoup d'isolement.",
        "Très actif, impulsif, se met en danger (grimpe, fugue au parc). Sommeil difficile. Langage réceptif jugé adéquat.",
        "Régression du langage vers 18 mois selon la mère, intérêts restreints (ventilateurs), hypersensibilité aux bruits."])
    obs_en = ctx.choice([
        "No two-word phrases at 30 months, poor eye contact, lines up toy cars, major meltdowns at daycare transitions.",
        "Walked at 22 months, about ten words, does not point to request. Daycare educator reports the child plays alone most of the day.",
        "Very active and impulsive, climbs and runs off at the park, sleeps poorly. Receptive language seems fine.",
        "Language regression around 18 months per mother, restricted interests (fans), strong sound sensitivity."])
    contact = ''
    if ctx.chance(0.6):
        types.add('patient_contact')
        par = k.guardian
        contact = (f"\nParent à contacter : {par.full} ({'mère' if par.sex == 'F' else 'père'}), {k.phone}. "
                   f"Adresse : {k.address('fr')}." if lang == 'fr' else
                   f"\nParent contact: {par.full} ({'mother' if par.sex == 'F' else 'father'}), {k.phone}, "
                   f"{k.address('en')}.")
    if lang == 'fr':
        subj = ctx.choice([f'Référence clinique de développement – {name}', 'Nouvelle référence – évaluation du développement',
                           f'Demande d\'évaluation ({k.surname})'])
        text = (f"{greet(ctx, 'fr')}\n\nJe vous adresse {name} ({born(k, 'fr', dob)}{ident}), {age_text(k.dob, d.date(), 'fr')}, "
                f"pour une évaluation en pédiatrie du développement.\n\nMotif : {dx}.\n{obs_fr}\n"
                f"Suivi en orthophonie au CLSC depuis {ctx.randint(3, 10)} mois, progrès limités.{contact}\n\n"
                f"Le formulaire de référence signé par le médecin de famille suivra par télécopieur.\n\n"
                f"{closing(ctx, 'fr')}\n{st.full}\nInfirmière – équipe Jeunesse\n{org}")
    else:
        subj = ctx.choice([f'Referral – developmental clinic – {name}', 'New referral: developmental assessment',
                           f'Assessment request ({k.surname})'])
        text = (f"{greet(ctx, 'en')}\n\nI am referring {name} ({born(k, 'en', dob)}{ident}), {age_text(k.dob, d.date(), 'en')}, "
                f"for a developmental paediatrics assessment.\n\nReason: {dx}.\n{obs_en}\n"
                f"Followed by our speech therapist for {ctx.randint(3, 10)} months with limited progress.{contact}\n\n"
                f"The signed referral form from the family physician will follow by fax.\n\n"
                f"{closing(ctx, 'en')}\n{st.full}\nNurse, Youth team\n{org}")
    return mk(ctx, lang, 'dev_referral', 'CLSC referral to developmental clinic with child identity and concerns',
              (st.full, st.email), [dept_pair('dev', lang)], subj, text, types, date=d)


def p_tsa_report_pdf(ctx, lang):
    hold = ctx.chance(0.5)
    k = ctx.kid(2018, 2021, holder=hold, holder_pool=[h for h in ctx.kid_holders if h.dob.year >= 2010])
    d = ctx.msg_date()
    psy = ctx.staff('tsa', 'psy')
    md = ctx.staff('gmf', 'md')
    dx = pick(ctx, DX, 'tsa', lang)
    dob = fmt_date(k.dob, lang, ctx.randint(0, 5))
    fr = lang == 'fr'
    blocks = [
        ('Nom de l\'enfant : ' if fr else 'Child: ') + f'{k.surname.upper()}, {k.given}',
        ('Date de naissance : ' if fr else 'Date of birth: ') + dob,
        ('No de dossier : ' if fr else 'Chart no.: ') + fmt_mrn(k.mrn, ctx.choice([0, 1, 2, 3])),
    ]
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis'}
    if k.nam:
        blocks.append(('NAM : ' if fr else 'Health insurance no. (RAMQ): ') + fmt_nam(k.nam, ctx.choice([0, 1])))
        types.add('ramq_nam')
    blocks += [
        ('Date de l\'évaluation : ' if fr else 'Assessment date: ') + fmt_date((d - datetime.timedelta(days=ctx.randint(7, 30))).date(), lang),
        '',
        ('h', 'Outils utilisés' if fr else 'Instruments'),
        'ADOS-2 module ' + str(ctx.randint(1, 3)) + ', ADI-R, Vineland-3, ' + ('observation en milieu de garde' if fr else 'daycare observation'),
        ('h', 'Résultats' if fr else 'Results'),
        (f"ADOS-2 : score total {ctx.randint(14, 24)} (score de comparaison {ctx.randint(6, 10)}). Vineland-3 composite adaptatif {ctx.randint(58, 80)}."
         if fr else f"ADOS-2 total {ctx.randint(14, 24)} (comparison score {ctx.randint(6, 10)}). Vineland-3 adaptive composite {ctx.randint(58, 80)}."),
        ('h', 'Conclusion'),
        (f"Les critères du DSM-5-TR sont remplis : {dx}." if fr else f"DSM-5-TR criteria are met: {dx}."),
        ('h', 'Recommandations' if fr else 'Recommendations'),
        ("Orientation vers le programme d'intervention comportementale intensive du CRDI; orthophonie; ergothérapie (profil sensoriel); "
         "soutien aux parents; demande de supplément pour enfant handicapé." if fr else
         "Referral to early intensive behavioural intervention; speech therapy; occupational therapy (sensory profile); "
         "parent support; application for the disabled-child supplement."),
        '',
        f'{psy.full}, ' + ('psychologue' if fr else 'psychologist'),
    ]
    pdf = make_pdf('Rapport d\'évaluation diagnostique' if fr else 'Diagnostic assessment report', blocks,
                   header=HOSP[lang] + ' – ' + dept_name('tsa', lang), compress=ctx.chance(0.7))
    fn = ctx.choice([f'Rapport_TSA_{k.mrn}.pdf', 'rapport_evaluation_final.pdf' if fr else 'assessment_report_final.pdf',
                     'Évaluation diagnostique – rapport.pdf' if fr else 'Diagnostic report (signed).pdf', 'scan0042.pdf'])
    if fr:
        subj = ctx.choice(['Rapport d\'évaluation', 'Rapport – clinique TSA', 'Suite à votre référence'])
        text = (f"{greet(ctx, 'fr', dr(md, 'fr'))}\n\n"
                f"Vous trouverez ci-joint le rapport d'évaluation diagnostique de votre patient{e_(k, 'fr')}, vu{e_(k, 'fr')} à notre clinique. "
                f"Une copie a été remise aux parents lors de la rencontre-bilan.\n\nN'hésitez pas à nous contacter pour toute question.\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, psy, 'fr')}")
    else:
        subj = ctx.choice(['Assessment report', 'Report – autism clinic', 'Following your referral'])
        text = (f"{greet(ctx, 'en', 'Dr. ' + md.surname)}\n\nPlease find attached the diagnostic assessment report for your patient, "
                f"seen at our clinic. A copy was given to the parents at the feedback meeting.\n\nFeel free to contact us with any question.\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, psy, 'en')}")
    return mk(ctx, lang, 'tsa_report_pdf', 'autism assessment report in PDF attachment; body is clean',
              staff_pair(psy), [ext_pair(md, 'gmf3rives.example')],
              subj, text, types, atts=[att_pdf(fn, pdf)], date=d)


def p_neo_followup(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2023, 2024)
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication'}
    mother_txt = ''
    fr = lang == 'fr'
    if ctx.chance(0.55):
        h = ctx.adult_holder('F', [x for x in ctx.adult_holders + ctx.young_holders])
        ctx.used_holders.add(h.nam)
        if ctx.chance(0.5):
            k.surname = h.surname
        types.add('ramq_nam')
        mother_txt = (f"\nMère : {h.surname.upper()} {h.given}, NAM {fmt_nam(h.nam, nam_style(ctx))} (carte de l'enfant non reçue, facturer sous la mère)."
                      if fr else f"\nMother: {h.surname.upper()} {h.given}, RAMQ {fmt_nam(h.nam, nam_style(ctx))} (baby's card not received yet, bill under mother).")
    dxp = ctx.choice(DX['neo'])
    dx = L(dxp, lang)
    ga = ctx.randint(37, 40) if 'hypoxi' in dxp[1] else ctx.randint(24, 31)
    if '27' in dxp[1]:
        ga = 27
    elif '29' in dxp[1]:
        ga = 29
    ca = ctx.randint(4, 18)
    st = ctx.staff('neo', ctx.choice(['md', 'ips', 'nurse']))
    mrn = fmt_mrn(k.mrn, mrn_style(ctx))
    types.add('mrn')
    name = nm(ctx, k, lang)
    if fr:
        subj = ctx.choice([f'Suivi néonatal – {name}', f'Visite {ca} mois AC – dossier {mrn}', 'Résumé de visite – suivi néonatal'])
        text = (f"{greet(ctx, 'fr', dr(ctx.staff('gmf'), 'fr'))}\n\n"
                f"Voici le résumé de la visite d'aujourd'hui pour {name} (dossier {mrn}, {born(k, 'fr', fmt_date(k.dob, 'fr', ctx.randint(0, 5)))}), "
                f"né{e_(k, 'fr')} à {ga} semaines, âge corrigé {ca} mois.{mother_txt}\n\n"
                f"Diagnostics : {dx}.\n"
                f"Croissance : poids {dec(ctx.randint(40, 95) / 10, 'fr')} kg (P{ctx.choice([3, 5, 10, 15, 25])}), PC au P{ctx.choice([10, 25, 50])}.\n"
                f"Développement : Bayley-4 cognitif {ctx.randint(75, 100)}, moteur {ctx.randint(65, 95)} — suivi en physiothérapie recommandé.\n"
                f"Médication : vitamine D 400 UI die, fer {ctx.choice(['2', '3'])} mg/kg/j{', budésonide inhalé 200 mcg BID' if 'dysplasie' in dx else ''}.\n"
                f"Prochaine visite à {ca + 6} mois d'âge corrigé; fond d'œil en ophtalmologie le {fmt_date(ctx.future(d, 10, 40), 'fr', 2)}.\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, st, 'fr')}")
    else:
        subj = ctx.choice([f'Neonatal follow-up – {name}', f'{ca}-month CA visit – chart {mrn}', 'Visit summary – NNFU'])
        text = (f"{greet(ctx, 'en', dr(ctx.staff('gmf'), 'en'))}\n\n"
                f"Summary of today's visit for {name} (chart {mrn}, {born(k, 'en', fmt_date(k.dob, 'en', ctx.randint(0, 5)))}), "
                f"born at {ga} weeks, corrected age {ca} months.{mother_txt}\n\n"
                f"Diagnoses: {dx}.\n"
                f"Growth: weight {ctx.randint(40, 95) / 10:.1f} kg ({ctx.choice([3, 5, 10, 15, 25])}th centile), HC {ctx.choice([10, 25, 50])}th centile.\n"
                f"Development: Bayley-4 cognitive {ctx.randint(75, 100)}, motor {ctx.randint(65, 95)} — physiotherapy recommended.\n"
                f"Medication: vitamin D 400 IU daily, iron {ctx.choice(['2', '3'])} mg/kg/day{', inhaled budesonide 200 mcg BID' if 'bronchopulmonary' in dx else ''}.\n"
                f"Next visit at {ca + 6} months CA; eye exam in ophthalmology on {fmt_date(ctx.future(d, 10, 40), 'en', 1)}.\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, st, 'en')}")
    return mk(ctx, lang, 'neo_followup', 'neonatal follow-up visit summary for an ex-preterm infant',
              staff_pair(st), [('Clinique GMF des Trois-Rives', 'reception@gmf3rives.example')], subj, text, types, date=d)


def p_child_life(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2013, 2020, holder=ctx.chance(0.25))
    cl = ctx.staff('cl', 'cl', 'F')
    fr = lang == 'fr'
    types = {'patient_name', 'diagnosis'}
    proc = ctx.choice([('IRM cérébrale', 'brain MRI'), ('ponction lombaire', 'lumbar puncture'),
                       ('installation de bouton de gastrostomie', 'gastrostomy button placement'),
                       ('coloscopie sous sédation', 'colonoscopy under sedation'), ('EEG de sommeil', 'sleep EEG')])
    dx = ctx.choice([("TSA non verbal", "non-verbal autism"), ("anxiété importante depuis une mauvaise expérience de prise de sang", "severe anxiety since a bad blood draw"),
                     ("TDAH et trouble d'opposition", "ADHD and oppositional defiant disorder"), ("paralysie cérébrale, communique avec pictogrammes", "cerebral palsy, communicates with picture cards")])
    when = ctx.future(d, 1, 14)
    name = nm(ctx, k, lang, ['full', 'last_first', 'kid_title', 'lower'])
    dob_txt = ''
    if ctx.chance(0.4):
        types.add('date_of_birth')
        dob_txt = f" ({born(k, lang, fmt_date(k.dob, lang, 0))})"
    nam_txt = ''
    if k.nam:
        types.add('ramq_nam')
        nam_txt = f"\nNAM : {fmt_nam(k.nam, nam_style(ctx))}" if fr else f"\nRAMQ: {fmt_nam(k.nam, nam_style(ctx))}"
    if fr:
        subj = ctx.choice([f'Préparation {L(proc, lang)} – {k.given}', 'Plan de préparation – vie de l\'enfant', f'{L(proc, lang)} du {when:%d/%m}'])
        text = (f"{greet(ctx, 'fr')}\n\n"
                f"Pour la {L(proc, lang)} de {name}{dob_txt} prévue le {fmt_date(when, 'fr', 2)} à {ctx.randint(7, 13)} h :{nam_txt}\n\n"
                f"- Contexte : {L(dx, lang)}.\n"
                f"- {pron(k, 'fr')[0].capitalize()} adore {ctx.choice(['les dinosaures', 'Pat Patrouille', 'les trains', 'Minecraft', 'les chats'])}; apporter la tablette.\n"
                f"- Éviter les blouses blanches dans la salle d'attente, prévoir une salle calme.\n"
                f"- Crème anesthésiante (EMLA) à appliquer 60 min avant; la mère restera jusqu'à l'induction.\n\n"
                f"J'ai fait la visite virtuelle avec la famille hier. {closing(ctx, 'fr')}\n\n{signature(ctx, cl, 'fr')}")
    else:
        subj = ctx.choice([f'Prep for {L(proc, lang)} – {k.given}', 'Child Life preparation plan', f'{L(proc, lang)} on {when:%b %d}'])
        text = (f"{greet(ctx, 'en')}\n\n"
                f"For {name}'s {L(proc, lang)}{dob_txt} scheduled {fmt_date(when, 'en', 1)} at {ctx.randint(7, 12)} am:{nam_txt}\n\n"
                f"- Background: {L(dx, lang)}.\n"
                f"- {pron(k, 'en')[0].capitalize()} loves {ctx.choice(['dinosaurs', 'Paw Patrol', 'trains', 'Minecraft', 'cats'])}; bring the tablet.\n"
                f"- Please avoid white coats in the waiting room and book the quiet room.\n"
                f"- EMLA cream 60 min before; mom will stay until induction.\n\n"
                f"I did the virtual tour with the family yesterday. {closing(ctx, 'en')}\n\n{signature(ctx, cl, 'en')}")
    return mk(ctx, lang, 'child_life_prep', 'child life preparation plan naming child, condition and procedure',
              staff_pair(cl), [('Imagerie / Bloc', f'imagerie@{HOSP_DOMAIN}')], subj, text, types, date=d)


def p_endo_t1d_reply(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2009, 2019, holder=ctx.chance(0.3))
    par = k.guardian
    nurse = ctx.staff('endo', 'nurse', 'F')
    fr = lang == 'fr'
    types = {'patient_name', 'diagnosis', 'medication', 'lab_result'}
    gl = ', '.join(dec(ctx.randint(22, 39) / 10, lang) for _ in range(5))
    when0 = earlier(ctx, d, 3, 30)
    pname = k.given if ctx.chance(0.5) else k.full
    if fr:
        orig_subj = ctx.choice([f'Glycémies de {k.given}', 'hypos la nuit', f'{k.full} - diabète question'])
        orig = (f"Bonjour,\n\n{pname} fait des hypos presque toutes les nuits depuis une semaine vers 3 h du matin. "
                f"Voici ses glycémies à 3 h : {gl}. {pron(k, 'fr')[0].capitalize()} est à 12 unités de glargine le soir "
                f"et ratio 1:15 pour la lispro. Est-ce qu'on baisse la Lantus?\n\nMerci\n{par.full}")
        if k.nam and ctx.chance(0.7):
            types.add('ramq_nam')
            orig += f"\n(carte soleil de {k.given} : {fmt_nam(k.nam, nam_style(ctx))})"
        top = (f"Bonjour {'Madame' if par.sex == 'F' else 'Monsieur'},\n\n"
               f"Merci pour les valeurs. Comme discuté avec la Dre {ctx.staff('endo', sex='F').surname}, diminuez la glargine à 11 unités dès ce soir "
               f"et vérifiez la glycémie à 3 h pendant 3 nuits. Donnez une collation de 15 g si la glycémie au coucher est sous 7.\n"
               f"Sa dernière HbA1c était à {dec(ctx.randint(72, 98) / 10, 'fr')} %; on refera le bilan à la clinique du {fmt_date(ctx.future(d, 14, 60), 'fr', 2)}.\n\n"
               f"{closing(ctx, 'fr')}\n\n{signature(ctx, nurse, 'fr')}")
        text = top + '\n\n' + quoted(ctx, 'fr', par.full, par.email, nurse.full, when0, orig_subj, orig)
    else:
        orig_subj = ctx.choice([f"{k.given}'s sugars", 'night lows', f'{k.full} - diabetes question'])
        orig = (f"Hi,\n\n{pname} has been going low almost every night this week around 3 am. "
                f"3 am readings: {gl}. {pron(k, 'en')[0].capitalize()} is on 12 units of glargine at bedtime and 1:15 for lispro. "
                f"Should we lower the Lantus?\n\nThanks\n{par.full}")
        if k.nam and ctx.chance(0.7):
            types.add('ramq_nam')
            orig += f"\n({k.given}'s medicare card: {fmt_nam(k.nam, nam_style(ctx))})"
        top = (f"Hello {par.given},\n\n"
               f"Thanks for the numbers. As discussed with Dr. {ctx.staff('endo').surname}, lower the glargine to 11 units tonight "
               f"and check at 3 am for 3 nights. Give a 15 g snack if bedtime glucose is below 7.\n"
               f"The last HbA1c was {ctx.randint(72, 98) / 10:.1f}%; we will repeat it at the clinic on {fmt_date(ctx.future(d, 14, 60), 'en', 1)}.\n\n"
               f"{closing(ctx, 'en')}\n\n{signature(ctx, nurse, 'en')}")
        text = top + '\n\n' + quoted(ctx, 'en', par.full, par.email, nurse.full, when0, orig_subj, orig)
    return mk(ctx, lang, 'endo_t1d_reply', 'diabetes nurse reply to parent with quoted glucose log and insulin change',
              staff_pair(nurse), [(par.full, par.email)], re_(lang, orig_subj, ctx), text, types, date=d)


def p_endo_gh_coverage(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2011, 2018, holder=ctx.chance(0.6))
    md = ctx.staff('endo', 'endo')
    fr = lang == 'fr'
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}
    dob = fmt_date(k.dob, lang, ctx.randint(0, 5))
    peak = ctx.randint(18, 62) / 10
    blocks = [
        ('Patient : ' if fr else 'Patient: ') + k.full,
        ('Date de naissance : ' if fr else 'Date of birth: ') + dob,
    ]
    if k.nam:
        blocks.append(('NAM : ' if fr else 'RAMQ no.: ') + fmt_nam(k.nam, 0))
        types.add('ramq_nam')
    if fr:
        blocks += ['', ('h', 'Justification médicale'),
                   f"Déficit isolé en hormone de croissance confirmé par deux tests de stimulation (pic de GH {peak:.1f} µg/L à l'arginine, "
                   f"{peak + 0.8:.1f} µg/L au glucagon). IGF-1 {ctx.randint(30, 70)} µg/L. Âge osseux retardé de 2 ans. Taille à -2,6 ÉT.",
                   ('h', 'Traitement demandé'), "Somatropine 0,033 mg/kg/jour SC (stylo), durée initiale 12 mois.",
                   '', f'{md.full}, endocrinologue pédiatrique']
        title = 'Demande de couverture – hormone de croissance'
    else:
        blocks += ['', ('h', 'Medical justification'),
                   f"Isolated growth hormone deficiency confirmed by two stimulation tests (GH peak {peak:.1f} µg/L with arginine, "
                   f"{peak + 0.8:.1f} µg/L with glucagon). IGF-1 {ctx.randint(30, 70)} µg/L. Bone age delayed by 2 years. Height -2.6 SD.",
                   ('h', 'Requested treatment'), "Somatropin 0.033 mg/kg/day SC (pen), initial 12 months.",
                   '', f'{md.full}, paediatric endocrinologist']
        title = 'Coverage request – growth hormone'
    kind = ctx.choice(['pdf', 'docx'])
    if kind == 'pdf':
        att = att_pdf(ctx.choice(['Demande_GH.pdf' if fr else 'GH_request.pdf', f'formulaire_{k.surname}.pdf']),
                      make_pdf(title, blocks, header=HOSP[lang], compress=ctx.chance(0.5)))
    else:
        att = att_docx(ctx.choice(['Lettre assureur.docx' if fr else 'Insurer letter.docx', f'GH_{k.mrn}.docx']),
                       make_docx(title, blocks, header_text=HOSP[lang]))
    ins = ctx.choice(['Assurances Boréal', 'Mutuelle Horizon', 'Great Plains Life'])
    if fr:
        subj = ctx.choice(['Demande de couverture médicament d\'exception', 'Somatropine – demande d\'autorisation préalable'])
        text = (f"{greet(ctx, 'fr')}\n\nVeuillez trouver ci-joint la demande d'autorisation préalable pour un de nos patients, "
                f"adhérent au régime collectif no {ctx.randint(10000, 99999)}. Les résultats des tests sont inclus.\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, md, 'fr')}")
    else:
        subj = ctx.choice(['Special authorization request', 'Somatropin – prior authorization'])
        text = (f"{greet(ctx, 'en')}\n\nPlease find attached the prior authorization request for one of our patients, "
                f"group plan no. {ctx.randint(10000, 99999)}. Test results are included.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, md, 'en')}")
    return mk(ctx, lang, 'endo_gh_coverage', 'growth hormone coverage request with identity and test results in attachment',
              staff_pair(md), [(ins, 'autorisations@assurboreal.example')], subj, text, types, atts=[att], date=d)


def p_endo_nbs_callback(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2025, 2025)
    k.dob = (d - datetime.timedelta(days=ctx.randint(5, 12))).date()
    lab = ctx.staff('lab', 'tech')
    fr = lang == 'fr'
    types = {'patient_name', 'lab_result', 'mrn', 'date_of_birth'}
    which = ctx.randint(0, 1)
    res = LAB['endo'][1 if which == 0 else 4]
    dx = (("hypothyroïdie congénitale probable", "probable congenital hypothyroidism"),
          ("hyperplasie congénitale des surrénales à exclure", "rule out congenital adrenal hyperplasia"))[which]
    if ctx.chance(0.7):
        types.add('diagnosis')
        dxt = L(dx, lang)
    else:
        dxt = ''
    mrn = fmt_mrn(k.mrn, mrn_style(ctx))
    bb = f"{'Bébé' if fr else 'Baby'} {k.surname.upper()}" if ctx.chance(0.5) else k.full
    if fr:
        subj = ctx.choice([f'URGENT – dépistage néonatal anormal – {bb}', f'Résultat critique dépistage – dossier {mrn}', 'Rappel dépistage néonatal'])
        text = (f"{greet(ctx, 'fr', EQ_ENDO)}\n\n"
                f"Résultat anormal au dépistage néonatal sanguin pour {bb} (dossier {mrn}), né{e_(k, 'fr')} le {fmt_date(k.dob, 'fr', ctx.randint(0, 3))} :\n"
                f"  {L(res, 'fr')}\n"
                + (f"Interprétation : {dxt}.\n" if dxt else '') +
                f"La famille doit être rappelée aujourd'hui pour un contrôle veineux. Téléphone au dossier de la mère : {k.phone}.\n\n"
                f"{closing(ctx, 'fr')}\n{lab.full}\nBiochimie – dépistage néonatal\n{HOSP['fr']}")
    else:
        subj = ctx.choice([f'URGENT – abnormal newborn screen – {bb}', f'Critical NBS result – chart {mrn}', 'Newborn screening recall'])
        text = (f"{greet(ctx, 'en', 'endocrine team')}\n\n"
                f"Abnormal newborn blood-spot screen for {bb} (chart {mrn}), born {fmt_date(k.dob, 'en', ctx.randint(0, 3))}:\n"
                f"  {L(res, 'en')}\n"
                + (f"Interpretation: {dxt}.\n" if dxt else '') +
                f"The family must be called back today for a venous sample. Mother's phone on file: {k.phone}.\n\n"
                f"{closing(ctx, 'en')}\n{lab.full}\nBiochemistry – newborn screening\n{HOSP['en']}")
    types.add('patient_contact')
    return mk(ctx, lang, 'endo_nbs_callback', 'abnormal newborn screening callback with result and chart number',
              staff_pair(lab), [dept_pair('endo', lang)], subj, text, types, date=d,
              extra_headers=[('Importance', 'high'), ('X-Priority', '1')])


def p_endo_puberty_fr_nir(ctx, lang):
    """French family: child with a French NIR seen in endocrinology."""
    from gen_common import fmt_nir, gen_nir
    d = ctx.msg_date()
    k = ctx.kid(2015, 2018)
    nir = gen_nir(ctx, k.dob, k.sex)
    md = ctx.staff('endo', 'endo')
    org, dom = EXT_ORGS['fr']
    fr = lang == 'fr'
    types = {'fr_nir', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}
    nirt = fmt_nir(nir, ctx.randint(0, 3))
    dx = L(ctx.choice(DX['endo'][1:4]), lang)
    if fr:
        subj = ctx.choice([f'Transfert de suivi – {k.surname.upper()} {k.given}', 'Demande de dossier – famille arrivée de France',
                           'Relais de prise en charge endocrinologie'])
        text = (f"Cher confrère, chère consœur,\n\n"
                f"La famille de {k.surname.upper()} {k.given}, né{e_(k, 'fr')} le {fmt_date(k.dob, 'fr', 1)} (NIR {nirt}), s'installe à Montréal "
                f"ce mois-ci. {pron(k, 'fr')[0].capitalize()} est suivi{e_(k, 'fr')} dans notre service pour {dx}.\n"
                f"Dernier bilan : {L(ctx.choice(LAB['endo'][1:4]), 'fr')}. Traitement actuel : {L(ctx.choice(MED['endo'][1:4]), 'fr')}.\n"
                f"Je joins le compte rendu de la dernière consultation et vous remercie de bien vouloir prendre le relais.\n\n"
                f"Bien confraternellement,\nDr {ctx.staff('fr').surname}\nService d'endocrinologie pédiatrique\n{org}")
    else:
        subj = ctx.choice([f'Transfer of care – {k.surname.upper()} {k.given}', 'Family relocating from France – endocrine follow-up'])
        text = (f"Dear colleague,\n\n"
                f"The family of {k.surname.upper()} {k.given}, born {fmt_date(k.dob, 'en', 1)} (French NIR {nirt}), is moving to Montreal this month. "
                f"{pron(k, 'en')[0].capitalize()} is followed in our department for {dx}.\n"
                f"Latest work-up: {L(ctx.choice(LAB['endo'][1:4]), 'en')}. Current treatment: {L(ctx.choice(MED['endo'][1:4]), 'en')}.\n"
                f"I attach my last clinic letter and would be grateful if you could take over.\n\n"
                f"Kind regards,\nDr {ctx.staff('fr').surname}\nPaediatric Endocrinology\n{org}")
    return mk(ctx, lang, 'endo_transfer_fr_nir', 'French hospital transfers endocrine follow-up; child NIR',
              ('Secrétariat endocrinologie pédiatrique', f'secretariat.endoped@{dom}'), [staff_pair(md)],
              subj, text, types, date=d)


TEMPLATES = [
    (p_dev_referral, 5), (p_tsa_report_pdf, 4), (p_neo_followup, 4), (p_child_life, 3),
    (p_endo_t1d_reply, 4), (p_endo_gh_coverage, 3), (p_endo_nbs_callback, 3), (p_endo_puberty_fr_nir, 3),
]
