"""Positive templates, part A: referrals, screening, safety reports, visits (mostly Quebec)."""
import datetime

import gen_files as F
from gen_common import (AE_TERMS, LABS, MEDS, NON_CLIN, SITES, STUDY_NOTES, age_at, closing, dear, dfr, den, dlang, name_style,
                        nam_fmt, signature, title_of)
from gen_tpl import earlier, fname_safe, fw_, generic, quoted, re_, spec, types, who


def _L(lang, pair):
    return pair[0] if lang == 'fr' else pair[1]


# ---------------------------------------------------------------------------
# P1 referral for screening (NAM)
# ---------------------------------------------------------------------------
def p_referral(g, lang):
    d = g.msg_date()
    st = g.study(g.pick(['mtl', 'mtl', 'gat']))
    p = g.nam_person('senior' if st['code'] == 'MEMORIA-AD' else 'adult')
    doc = g.staff_named(g.pick(['Bourgault', 'Bourgault', 'Mailloux']))
    coord = g.staff_named(g.pick(['Bissonnette', 'Fontaine']))
    nm = name_style(g, p, g.pick(['title', 'full', 'title_sur', 'SURNAME Given']), lang)
    med = _L(lang, g.pick(MEDS))
    med2 = _L(lang, g.pick(MEDS))
    lab = _L(lang, g.pick(LABS))
    phone = g.phone('qc')
    dx = st['dx_' + lang]
    ty = ['patient_name', 'ramq_nam', 'diagnosis', 'medication']
    dob_s = dlang(lang, p['dob'], g.randint(0, 2))
    namf = nam_fmt(g, p['nam'])
    if lang == 'fr':
        lines = [dear(g, coord, lang),
                 "Je vous réfère %s pour évaluation d'admissibilité à l'étude %s." % (nm, st['code']),
                 "NAM : %s\nDate de naissance : %s" % (namf, dob_s),
                 "Connu(e) pour %s depuis %d. Traitement actuel : %s et %s. Dernier bilan : %s (%s)."
                 % (dx, d.year - g.randint(2, 14), med, med2, lab, dfr(g.past(d, 5, 40), 0)),
                 g.pick(["La personne est motivée et disponible les matins.",
                         "Le patient a lu le dépliant et souhaite être contacté.",
                         "Elle souhaite être accompagnée de son conjoint aux visites."])]
    else:
        lines = [dear(g, coord, lang),
                 "I'd like to refer %s for eligibility screening in %s." % (nm, st['code']),
                 "RAMQ: %s   DOB: %s" % (namf, dob_s),
                 "Known %s since %d. Current meds: %s, %s. Most recent labs: %s (%s)."
                 % (dx, d.year - g.randint(2, 14), med, med2, lab, den(g.past(d, 5, 40), 0)),
                 g.pick(["Patient is keen and prefers morning visits.", "They read the brochure and agreed to be contacted.",
                         "Speaks French and English; daughter helps with scheduling."])]
    ty.append('lab_result')
    ty.append('date_of_birth')
    if g.chance(0.7):
        lines.append(("Cellulaire : %s" if lang == 'fr' else "Cell: %s") % phone)
        ty.append('patient_contact')
    lines.append(closing(g, lang))
    lines.append(('sig', signature(g, doc, lang)))
    subj = g.pick(["Référence étude %s" % st['code'], "Référence - %s" % st['code'], "Nouveau patient pour %s" % st['code'],
                   "Patient intéressé par votre étude"]) if lang == 'fr' else \
        g.pick(["Referral for %s" % st['code'], "Study referral", "Potential participant - %s" % st['code']])
    variant = g.randint(0, 2)
    blocks = lines
    atts = []
    note = 'referral with NAM, DOB, diagnosis and meds'
    if variant == 1:
        # referral in a PDF, body generic
        kv = [('Patient' if lang == 'en' else 'Nom du patient', '%s %s' % (p['given'], p['surname'])),
              ('NAM' if lang == 'fr' else 'RAMQ number', p['nam']),
              ('Date de naissance' if lang == 'fr' else 'Date of birth', dfr(p['dob'], 1)),
              ('Sexe' if lang == 'fr' else 'Sex', p['sex']),
              ('Diagnostic' if lang == 'fr' else 'Diagnosis', dx),
              ('Médication' if lang == 'fr' else 'Medication', '%s; %s' % (med, med2)),
              ('Résultats' if lang == 'fr' else 'Results', lab),
              ('Téléphone' if lang == 'fr' else 'Phone', phone)]
        if 'patient_contact' not in ty:
            ty.append('patient_contact')
        pdf = F.make_pdf(("Formulaire de référence - essai clinique" if lang == 'fr' else 'Clinical trial referral form'),
                         [('kv', kv), ("Référent : " if lang == 'fr' else "Referring physician: ") + title_of(doc, lang)],
                         header=SITES[doc['site']]['name_' + lang])
        atts.append({'filename': g.pick(['Reference_%s.pdf' % st['code'], 'referral.pdf', 'Scan_%s.pdf' % d.strftime('%Y%m%d_%H%M'),
                                         'Référence_%s_%s.pdf' % (p['surname'], st['code'])]),
                     'ctype': 'application/pdf', 'data': pdf})
        blocks = [dear(g, coord, lang),
                  ("Voir la référence ci-jointe pour l'étude %s." if lang == 'fr' else 'Please find attached a referral for %s.') % st['code'],
                  closing(g, lang), ('sig', signature(g, doc, lang))]
        note = 'referral form PDF with NAM, DOB, diagnosis'
    elif variant == 2:
        reply = [("Merci Docteur, nous allons communiquer avec la personne cette semaine." if lang == 'fr'
                  else "Thank you, we will reach out to them this week."), closing(g, lang), ('sig', signature(g, coord, lang))]
        q = quoted(g, lang, who(g, doc, lang), '%s %s' % (coord['given'], coord['surname']), earlier(d, g=g), subj, lines)
        blocks = reply + [q]
        subj = re_(lang, subj, g)
        note = 'reply quoting a referral with NAM, DOB, diagnosis'
        return spec('recrutement_reference', lang, types(ty), note, who(g, coord, lang), [who(g, doc, lang)], subj, blocks,
                    date=d, attachments=atts, region='qc')
    return spec('recrutement_reference', lang, types(ty), note, who(g, doc, lang), [who(g, coord, lang)], subj, blocks,
                date=d, attachments=atts, region='qc')


# ---------------------------------------------------------------------------
# P2 screening log (XLSX / CSV)
# ---------------------------------------------------------------------------
def p_screening_log(g, lang):
    d = g.msg_date()
    st = g.study('mtl')
    coord = g.staff_named(g.pick(['Bissonnette', 'Leduc', 'Dagenais']))
    cra = g.staff_named(g.pick(['Marchetti', 'Ostrowski']))
    hdr_fr = ['No', 'Date', 'Nom', 'Prénom', 'NAM / dossier', 'DDN', 'Source', 'Statut', 'Raison / commentaire']
    hdr_en = ['#', 'Date', 'Last name', 'First name', 'RAMQ / MRN', 'DOB', 'Source', 'Status', 'Reason / comment']
    rows = []
    ty = {'patient_name', 'date_of_birth', 'diagnosis', 'lab_result'}
    reasons_fr = ['HbA1c 6,4 % (< 7,0 %)', 'DFGe 28 — critère d\'exclusion 5', 'insuffisance cardiaque NYHA IV', 'cancer actif (sein)',
                  'refus — transport', 'admissible — V1 prévue', 'ALT 3,2 × LSN', 'dépression majeure non contrôlée',
                  'admissible — randomisé(e)', 'grossesse prévue', 'MMSE 18 — trop avancé']
    reasons_en = ['HbA1c 6.4% (< 7.0%)', 'eGFR 28 - exclusion 5', 'NYHA class IV heart failure', 'active breast cancer',
                  'declined - transport', 'eligible - V1 booked', 'ALT 3.2 x ULN', 'uncontrolled major depression',
                  'eligible - randomised', 'planning pregnancy', 'MMSE 18 - too advanced']
    n = g.randint(5, 10)
    has_nam = False
    for i in range(n):
        if g.chance(0.45):
            p = g.nam_person('senior' if st['code'] == 'MEMORIA-AD' else 'adult')
            ident = p['nam']
            has_nam = True
        else:
            p = g.person('qc')
            ident = g.mrn('mtl')
            ty.add('mrn')
        rows.append([i + 1, dfr(g.past(d, 1, 60), 1), p['surname'].upper() if g.chance(0.5) else p['surname'], p['given'],
                     ident, dfr(p['dob'], 1), g.pick(['GMF', 'clinique externe', 'base de données', 'annonce', 'référence MD']) if lang == 'fr'
                     else g.pick(['clinic', 'database', 'ad', 'physician referral']),
                     g.pick(['Échec', 'Admissible', 'En attente', 'Refus']) if lang == 'fr' else g.pick(['Screen fail', 'Eligible', 'Pending', 'Declined']),
                     g.pick(reasons_fr if lang == 'fr' else reasons_en)])
    if has_nam:
        ty.add('ramq_nam')
    hdr = hdr_fr if lang == 'fr' else hdr_en
    fmt = g.pick(['xlsx', 'xlsx', 'csv'])
    base = ('Registre_preselection_%s_%s' if lang == 'fr' else 'Screening_log_%s_%s') % (st['code'], d.strftime('%Y-%m'))
    if fmt == 'xlsx':
        sheets = [('Présélection' if lang == 'fr' else 'Screening', [hdr] + rows)]
        if g.chance(0.5):
            sheets.append(('Sommaire' if lang == 'fr' else 'Summary', [['Statut' if lang == 'fr' else 'Status', 'N'],
                                                                        ['Total', n]]))
            sheets.reverse()
        att = {'filename': base + '.xlsx', 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               'data': F.make_xlsx(sheets)}
    else:
        enc = g.pick(['utf-8', 'windows-1252', 'utf-8-sig'])
        att = {'filename': base + '.csv', 'ctype': g.pick(['text/csv', 'application/vnd.ms-excel']),
               'data': F.make_csv([hdr] + rows, delim=g.pick([';', ',']), encoding=enc),
               'charset': None if enc == 'utf-8-sig' else enc}
    if lang == 'fr':
        body = [dear(g, cra, lang), g.pick(["Voici le registre de présélection à jour en vue de la visite de monitorage de %s." % dlang(lang, g.future(d), 0),
                                            "Tel que demandé, le screening log à jour (%d entrées)." % n,
                                            "Ci-joint le registre; j'ai ajouté les raisons d'échec."]),
                closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = g.pick(['Registre de présélection %s' % st['code'], 'Screening log à jour', '%s - registre présélection' % st['code']])
    else:
        body = [dear(g, cra, lang), g.pick(['Attached is the updated screening log ahead of your visit.',
                                            'Updated screening log as requested (%d entries).' % n]),
                closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = g.pick(['Screening log %s' % st['code'], 'Updated screening log', 'RE: screening log for IMV'])
    return spec('registre_preselection', lang, types(ty), 'screening log with names, identifiers, DOB and reasons (%s)' % fmt,
                who(g, coord, lang), [who(g, cra, lang)], subj, body, date=d, attachments=[att], region='qc')


# ---------------------------------------------------------------------------
# P3 screen failure on a lab value
# ---------------------------------------------------------------------------
def p_screen_fail(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'mtl', 'gat'])
    st = g.study(site)
    p = g.person(g.pick(['qc', 'qc', 'en']))
    mrn = g.mrn(site)
    coord = g.staff(site, exclude=NON_CLIN + ('Rochon', 'Okoye', 'Marchand', 'Ferland', 'Laroche', 'Mailloux'))
    pi = g.staff_named(st['pi'])
    nm = name_style(g, p, None, lang)
    lab = _L(lang, g.pick(LABS))
    if lang == 'fr':
        tmpl = g.pick(["%s (dossier %s) : %s à la visite de sélection, donc échec de sélection (critère d'exclusion %d). Je lui téléphone demain.",
                       "Petite mise à jour pour %s, no dossier %s : %s au bilan de V1. Ça l'exclut selon le critère %d, à moins que tu veuilles répéter le test?",
                       "Screen fail pour %s (%s) — %s. Critère d'exclusion %d. On garde le dossier pour une re-sélection dans 3 mois?"])
        body = [dear(g, pi, lang), tmpl % (nm, mrn, lab, g.randint(3, 14)), closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = g.pick(['Échec de sélection %s' % st['code'], 'Résultats V1', 'Screen fail', 'Re: bilan de sélection'])
    else:
        tmpl = g.pick(["%s (MRN %s): %s at screening, so a screen fail per exclusion #%d. I'll call them tomorrow.",
                       "Quick update on %s, chart %s - %s on the V1 panel. That excludes them (criterion %d) unless you want a repeat draw?",
                       "Screen failure: %s / %s. %s. Exclusion criterion %d. Should we keep them for rescreening in 3 months?"])
        body = [dear(g, pi, lang), tmpl % (nm, mrn, lab, g.randint(3, 14)), closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = g.pick(['Screen fail %s' % st['code'], 'V1 labs', 'Screening result', 'Re: screening bloodwork'])
    if g.chance(0.35):
        reply = [g.pick(["OK, pas de re-test.", "D'accord, on répète dans 2 semaines."]) if lang == 'fr'
                 else g.pick(["Agreed, no retest.", "Let's repeat in 2 weeks."]), ('sig', signature(g, pi, lang))]
        body = reply + [quoted(g, lang, who(g, coord, lang), title_of(pi, lang), earlier(d, g=g), subj, body)]
        return spec('echec_selection', lang, types('patient_name', 'mrn', 'lab_result'), 'reply quoting screen failure with name, MRN, lab value',
                    who(g, pi, lang), [who(g, coord, lang)], re_(lang, subj, g), body, date=d, region='qc')
    return spec('echec_selection', lang, types('patient_name', 'mrn', 'lab_result'), 'screen failure with name, MRN and lab value',
                who(g, coord, lang), [who(g, pi, lang)], subj, body, date=d, region='qc')


# ---------------------------------------------------------------------------
# P4 SAE initial report with identifying narrative (PDF)
# ---------------------------------------------------------------------------
def p_sae_pdf(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'mtl', 'bxl', 'lie'])
    be = SITES[site]['country'] == 'be'
    st = g.study(site) if g.chance(0.7) else g.study()
    p = g.person('be' if be else 'qc')
    mrn = g.mrn(site)
    coord = g.staff(site, exclude=NON_CLIN + ('Rochon', 'Marchand', 'Ferland', 'Laroche', 'Dumont', 'Vanderlinden', 'Delcourt', 'Mailloux'))
    safety = g.staff_named('Raman')
    ae = _L(lang, g.pick(AE_TERMS))
    med = _L(lang, g.pick(MEDS))
    onset = g.past(d, 1, 6)
    subj_code = g.subject_code()
    ini = p['given'][0] + p['surname'][0]
    if lang == 'fr':
        narr = ("%s, %d ans, participant(e) %s, s'est présenté(e) à l'urgence le %s pour %s et a été hospitalisé(e) (dossier %s). "
                "Dernière dose de %s le %s. Médication concomitante : %s. Évolution favorable, congé prévu."
                % ('%s %s' % (p['given'], p['surname']), age_at(p['dob'], onset), subj_code, dfr(onset, 0), ae, mrn, st['ip'],
                   dfr(g.past(d, 7, 12), 0), med))
        kv = [('Protocole', st['code']), ('No de sujet', subj_code), ('Initiales', ini), ('Date de naissance', dfr(p['dob'], 1)),
              ('Sexe', p['sex']), ('Événement', ae), ('Date de début', dfr(onset, 1)), ('Critère de gravité', 'Hospitalisation'),
              ('Lien avec le PE', g.pick(['Possible', 'Peu probable', 'Probable']))]
        title = 'Rapport initial d\'événement indésirable grave (EIG)'
        body = [dear(g, safety, lang), "Veuillez trouver ci-joint le rapport initial d'EIG pour le sujet %s (%s), reçu à notre connaissance le %s."
                % (subj_code, st['code'], dfr(d.date(), 0)),
                g.pick(["Le sommaire d'hospitalisation suivra dès réception.", "Le suivi sera transmis dans les 7 jours.",
                        "N'hésitez pas si des précisions sont requises."]), closing(g, lang, be), ('sig', signature(g, coord, lang))]
        subj = 'EIG initial - %s - sujet %s' % (st['code'], subj_code)
    else:
        narr = ("%s, a %d-year-old participant (%s), presented to the ED on %s with %s and was admitted (MRN %s). "
                "Last dose of %s on %s. Concomitant medication: %s. Improving, discharge planned."
                % ('%s %s' % (p['given'], p['surname']), age_at(p['dob'], onset), subj_code, den(onset, 0), ae, mrn, st['ip'],
                   den(g.past(d, 7, 12), 0), med))
        kv = [('Protocol', st['code']), ('Subject ID', subj_code), ('Initials', ini), ('Date of birth', den(p['dob'], 2)),
              ('Sex', p['sex']), ('Event term', ae), ('Onset date', den(onset, 2)), ('Seriousness', 'Hospitalisation'),
              ('Causality', g.pick(['Possibly related', 'Unlikely related', 'Probably related']))]
        title = 'Serious Adverse Event - Initial Report'
        body = [dear(g, safety, lang), 'Please find attached the initial SAE report for subject %s (%s), site awareness date %s.'
                % (subj_code, st['code'], den(d.date(), 0)),
                g.pick(['The discharge summary will follow.', 'Follow-up information will be sent within 7 days.']),
                closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = 'SAE initial report - %s - Subject %s' % (st['code'], subj_code)
    pdf = F.make_pdf(title, [('kv', kv), ('h', 'Narratif' if lang == 'fr' else 'Narrative'), narr],
                     header='%s - %s' % (st['code'], SITES[site]['short']), footer='Version 4.0')
    fn = g.pick(['EIG_%s_%s_initial.pdf' % (st['code'], subj_code), 'SAE_%s_initial.pdf' % subj_code, 'SAE form %s.pdf' % subj_code])
    ty = types('patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication')
    return spec('rapport_eig', lang, ty, 'SAE report PDF whose narrative names the participant with MRN',
                who(g, coord, lang), [who(g, safety, lang)], subj, body, date=d, region='be' if be else 'qc',
                attachments=[{'filename': fn, 'ctype': 'application/pdf', 'data': pdf}], urgent=g.chance(0.5))


# ---------------------------------------------------------------------------
# P5 AE follow-up: the identifying content is only in the quoted history
# ---------------------------------------------------------------------------
def p_ae_quoted(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'gat', 'bxl'])
    be = SITES[site]['country'] == 'be'
    st = g.study(site)
    p = g.person('be' if be else g.pick(['qc', 'qc', 'en']))
    nurse = g.staff(site, exclude=NON_CLIN + ('Rochon', st['pi'],))
    pi = g.staff_named(st['pi'])
    nm = name_style(g, p, g.pick(['title', 'title_sur', 'full', 'initial', 'lower']), lang)
    ae = _L(lang, g.pick(AE_TERMS[9:] + AE_TERMS[:3]))
    med = _L(lang, g.pick(MEDS))
    if lang == 'fr':
        inner = [dear(g, pi, lang),
                 "%s m'a appelée ce matin : %s depuis la dose de %s (%s). %s" % (
                     nm, ae, st['ip'], dfr(g.past(d, 1, 4), 0),
                     g.pick(["Pas de fièvre. Je lui ai conseillé de prendre ses médicaments habituels (%s) et de rappeler si ça empire." % med,
                             "Elle prend aussi %s. Peux-tu la voir avant la prochaine dose?" % med,
                             "Il a arrêté de lui-même son %s. Je note l'EI dans le CRF?" % med])),
                 closing(g, lang, be), ('sig', signature(g, nurse, lang))]
        top = [g.pick(["Parfait, merci. Oui, documente-le comme EI non grave.", "Merci, je la vois jeudi.",
                       "OK pour moi. On garde la dose.", "Bien reçu."]), ('sig', signature(g, pi, lang))]
        subj = g.pick(['Appel participant %s' % st['code'], 'EI à documenter', 'Question suite à la dose', 'Suivi téléphonique'])
    else:
        inner = [dear(g, pi, lang),
                 "%s called this morning: %s since the %s dose on %s. %s" % (
                     nm, ae, st['ip'], den(g.past(d, 1, 4), 0),
                     g.pick(["No fever. I advised them to keep taking their usual meds (%s) and call back if worse." % med,
                             "Also on %s. Can you see them before the next dose?" % med,
                             "They stopped their %s on their own. Should I record the AE in the eCRF?" % med])),
                 closing(g, lang), ('sig', signature(g, nurse, lang))]
        top = [g.pick(["Thanks - yes, record it as a non-serious AE.", "Got it, I'll see them Thursday.", "OK, keep the dose.", "Noted."]),
               ('sig', signature(g, pi, lang))]
        subj = g.pick(['Participant call %s' % st['code'], 'AE to document', 'Question after dosing', 'Phone follow-up'])
    blocks = top + [quoted(g, lang, who(g, nurse, lang), title_of(pi, lang), earlier(d, g=g), subj, inner)]
    if g.chance(0.3):
        blocks = [g.pick(["Je fais suivre pour le dossier.", "FYI"])] + blocks
    return spec('suivi_ei', lang, types('patient_name', 'diagnosis', 'medication'), 'reply whose quoted history names a participant with AE and medication',
                who(g, pi, lang), [who(g, nurse, lang)], re_(lang, subj, g), blocks, date=d, region='be' if be else 'qc')


VISIT_NOTE = {
    'DIAB-NOVA-301': ("Glycémie capillaire à l'arrivée (diabète de type 2, hypoglycémie à V3).",
                      'Capillary glucose on arrival (type 2 diabetes, hypoglycaemia at V3).'),
    'MEMORIA-AD': ("IRM de sécurité avant la perfusion (ARIA-E légère à V4, maladie d'Alzheimer).",
                   "Safety MRI before infusion (mild ARIA-E at V4, Alzheimer's disease)."),
    'PROTECT-HF': ("Poids et NT-proBNP avant la dose (insuffisance cardiaque, œdème des jambes).",
                   'Weight and NT-proBNP before dosing (heart failure, leg oedema).'),
}


# ---------------------------------------------------------------------------
# P6 calendar invitation for a study visit
# ---------------------------------------------------------------------------
def p_visit_ics(g, lang):
    d = g.msg_date()
    st = g.study('mtl')
    use_nam = g.chance(0.5)
    p = g.nam_person('senior' if st['code'] == 'MEMORIA-AD' else 'adult') if use_nam else g.person('qc')
    coord = g.staff('mtl', exclude=('Marchand', 'Ferland', 'Laroche', 'Mailloux', 'Quenneville', 'Beausoleil', 'St-Pierre', 'Girouard', 'Rochon'))
    nurse = g.staff_named('Dagenais')
    vday = g.future(d, 2, 20)
    start = datetime.datetime(vday.year, vday.month, vday.day, g.pick([7, 8, 9, 13]), g.pick([0, 30]))
    end = start + datetime.timedelta(hours=g.pick([2, 3, 4]))
    visit = g.pick(['V3', 'V4', 'V6', 'V9', 'S2'])
    phone = g.phone('qc')
    nm = name_style(g, p, g.pick(['surfirst', 'full', 'SURfirst', 'title']), lang)
    ty = {'patient_name', 'patient_contact', 'medication'}
    if lang == 'fr':
        summ = '%s %s – %s' % (st['code'], visit, nm)
        desc = ("Participant : %s\nTél. : %s\nÀ jeun depuis minuit. Perfusion/administration %s après les prélèvements.\n%s"
                % ('%s %s' % (p['given'], p['surname']), phone, st['ip'],
                   g.pick(["Accompagné(e) de sa fille (aidante).", "Prévoir fauteuil roulant à l'entrée principale.",
                           VISIT_NOTE[st['code']][0], VISIT_NOTE[st['code']][0], "ECG en triplicata avant la dose."])))
        loc = g.pick(['Unité de recherche clinique, salle 3', 'CRC pavillon C, local C-3.14', 'Salle de perfusion 2'])
    else:
        summ = '%s %s - %s' % (st['code'], visit, nm)
        desc = ("Participant: %s\nPhone: %s\nFasting from midnight. %s dosing after blood draws.\n%s"
                % ('%s %s' % (p['given'], p['surname']), phone, st['ip'],
                   g.pick(["Daughter (caregiver) will attend.", "Wheelchair needed at main entrance.",
                           VISIT_NOTE[st['code']][1], VISIT_NOTE[st['code']][1], "Triplicate ECG pre-dose."])))
        loc = g.pick(['Clinical research unit, room 3', 'CRC pavilion C, C-3.14', 'Infusion room 2'])
    if VISIT_NOTE[st['code']][0] in desc or VISIT_NOTE[st['code']][1] in desc:
        ty.add('diagnosis')
    if use_nam:
        desc += ('\nNAM : %s' if lang == 'fr' else '\nRAMQ: %s') % nam_fmt(g, p['nam'], allow_fw=False)
        ty.add('ramq_nam')
    ics = F.make_ics('%08x-crc@%s' % (g.rng.getrandbits(32), SITES['mtl']['domain']), start, end, 'America/Montreal', summ, loc, desc,
                     organizer=('%s %s' % (coord['given'], coord['surname']), coord['email']),
                     attendees=[('%s %s' % (nurse['given'], nurse['surname']), nurse['email'])])
    body = [("Invitation : %s\n%s %s, %s" % (summ, dlang(lang, vday, 0), start.strftime('%H:%M'), loc)) if lang == 'fr'
            else ("Invitation: %s\n%s %s, %s" % (summ, dlang(lang, vday, 0), start.strftime('%H:%M'), loc))]
    att = []
    kw = {}
    if g.chance(0.5):
        kw['calendar'] = ics
    else:
        att.append({'filename': 'invite.ics', 'ctype': 'text/calendar', 'data': ics, 'cte': g.pick(['base64', '7bit', '8bit'])})
        body.append(g.pick(["Merci de bloquer le local.", "Please block the room."]))
    return spec('visite_calendrier', lang, types(ty), 'calendar invitation for a study visit naming the participant with phone',
                who(g, coord, lang), [who(g, nurse, lang)], summ if g.chance(0.5) else ('Visite %s %s' % (st['code'], visit) if lang == 'fr' else 'Study visit %s' % visit),
                body, date=d, attachments=att, region='qc', **kw)


# ---------------------------------------------------------------------------
# P7 daily roster of participants
# ---------------------------------------------------------------------------
def p_roster(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'mtl', 'bxl', 'lie'])
    be = SITES[site]['country'] == 'be'
    coord = g.staff(site, exclude=NON_CLIN + ('Rochon', 'Marchand', 'Ferland', 'Laroche', 'Dumont', 'Vanderlinden', 'Delcourt', 'Mailloux',
                                   'Quenneville', 'Beausoleil', 'St-Pierre', 'Girouard'))
    day = g.future(d, 1, 3)
    rows = []
    styles = ['surfirst', 'lower', 'title_sur', 'SURNAME Given', 'full', 'initial']
    nst = g.pick(styles)
    generic_notes = [('à jeun, PK 0 h/2 h/4 h', 'fasting, PK 0h/2h/4h', None), ('ECG triplicata', 'triplicate ECG', None),
                     ('fauteuil roulant', 'wheelchair', None), ('interprète (espagnol)', 'interpreter (Spanish)', None)]
    tags = set()
    for i in range(g.randint(4, 8)):
        p = g.person('be' if be else g.pick(['qc', 'qc', 'en']))
        stc = g.study(site) if g.chance(0.7) else g.study()
        spec_notes = STUDY_NOTES[stc['code']]
        note = g.pick(spec_notes) if i == 0 or g.chance(0.6) else g.pick(generic_notes)
        if note[2]:
            tags.add(note[2])
        rows.append(['%02d:%02d' % (g.pick([7, 8, 9, 10, 11, 13, 14]), g.pick([0, 15, 30, 45])),
                     g.pick(['Box 1', 'Box 2', 'Salle 3', 'Fauteuil 4', 'Ch. 12', 'Lit 2']) if lang == 'fr' else g.pick(['Bay 1', 'Room 3', 'Chair 4', 'Bed 2']),
                     name_style(g, p, nst, lang), stc['code'], g.pick(['V2', 'V3', 'V5', 'V8', 'EOT', 'S1']),
                     note[0] if lang == 'fr' else note[1]])
    rows.sort()
    hdr = ['Heure', 'Lieu', 'Participant', 'Étude', 'Visite', 'Remarques'] if lang == 'fr' else ['Time', 'Room', 'Participant', 'Study', 'Visit', 'Notes']
    if lang == 'fr':
        intro = g.pick(["Voici l'horaire des visites de %s %s :" % ('demain' if (day - d.date()).days == 1 else 'le', dfr(day, 0)),
                        "Planning des participants pour %s." % dfr(day, 0), "Liste du jour :"])
        subj = g.pick(['Horaire des visites %s' % dfr(day, 2), 'Planning %s' % dfr(day, 2), 'Visites de demain', 'Liste participants %s' % dfr(day, 1)])
    else:
        intro = g.pick(["Here is the visit schedule for %s:" % den(day, 0), "Participants booked for %s." % den(day, 0)])
        subj = g.pick(['Visit schedule %s' % den(day, 3), "Tomorrow's visits", 'Unit roster %s' % den(day, 1)])
    blocks = [dear(g, coord, lang) if g.chance(0.3) else ('Bonjour à tous,' if lang == 'fr' else 'Hi all,'), intro,
              ('table', hdr, rows), closing(g, lang, be), ('sig', signature(g, coord, lang))]
    ty = types('patient_name', sorted(tags))
    to = [generic(site, 'unite.recherche' if lang == 'fr' else 'research.unit', 'Unité de recherche' if lang == 'fr' else 'Research Unit')]
    return spec('horaire_participants', lang, ty, 'roster table of participants with visit procedures',
                who(g, coord, lang), to, subj, blocks, date=d, region='be' if be else 'qc', body=g.pick(['html', 'alt', None]))


# ---------------------------------------------------------------------------
# P8 deviation report to the REB naming the participant (NAM)
# ---------------------------------------------------------------------------
def p_reb_deviation(g, lang):
    d = g.msg_date()
    st = g.study('mtl')
    p = g.nam_person('senior' if st['code'] == 'MEMORIA-AD' else 'adult')
    coord = g.staff_named(g.pick(['Bissonnette', 'Dagenais']))
    reb = g.staff_named('Corriveau')
    projno = '%d-%04d' % (g.pick([2022, 2023, 2024]), g.randint(100, 2999))
    nm = name_style(g, p, g.pick(['title', 'full', 'surfirst']), lang)
    namf = nam_fmt(g, p['nam'])
    ty = {'patient_name', 'ramq_nam', 'diagnosis'}
    if lang == 'fr':
        dev = g.pick([("le formulaire de consentement version 5.0 n'a pas été signé avant la visite V2; la participante présente un trouble "
                       "neurocognitif léger et sa fille, représentante légale, n'était pas présente.", ['social_information']),
                      ("la dose de %s a été administrée malgré %s au bilan de la veille." % (st['ip'], _L(lang, g.pick(LABS))), ['lab_result', 'medication']),
                      ("%s n'a pas été rapporté dans les 24 h au promoteur." % _L(lang, g.pick(AE_TERMS)), [])])
        body = [dear(g, reb, lang),
                "Conformément à la politique du CÉR, je vous transmets une déclaration d'écart au protocole pour le projet %s (%s)." % (projno, st['code']),
                "Participant(e) : %s, NAM %s. Le %s, %s" % (nm, namf, dfr(g.past(d, 2, 20), 0), dev[0]),
                "Mesures correctives : rappel à l'équipe, reconsentement à la prochaine visite.",
                closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = "Déclaration d'écart au protocole - projet %s" % projno
    else:
        dev = g.pick([("consent form v5.0 was not signed before V2; the participant has mild cognitive impairment and their daughter, "
                       "the legal representative, was not present.", ['social_information']),
                      ("%s was dosed despite %s the day before." % (st['ip'], _L(lang, g.pick(LABS))), ['lab_result', 'medication']),
                      ("%s was not reported to the sponsor within 24 h." % _L(lang, g.pick(AE_TERMS)), [])])
        body = [dear(g, reb, lang), "Please find below a protocol deviation report for project %s (%s)." % (projno, st['code']),
                "Participant: %s, RAMQ %s. On %s, %s" % (nm, namf, den(g.past(d, 2, 20), 0), dev[0]),
                "Corrective actions: team retraining, re-consent at next visit.", closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = 'Protocol deviation report - project %s' % projno
    ty.update(dev[1])
    body.insert(2, ("Projet portant sur : %s." if lang == 'fr' else 'Study population: %s.') % st['dx_' + lang])
    atts = []
    if g.chance(0.4):
        atts.append({'filename': ('Formulaire_écart_%s.docx' if lang == 'fr' else 'Deviation_form_%s.docx') % projno,
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': F.make_docx('Déclaration d\'écart' if lang == 'fr' else 'Deviation report',
                                         [('kv', [('Projet', projno), ('Étude', st['code']), ('Date', dfr(d.date(), 1))]),
                                          'Description: voir courriel.' if lang == 'fr' else 'Description: see e-mail.'])})
    return spec('cer_ecart', lang, types(ty), 'REB deviation report naming participant with NAM and condition',
                who(g, coord, lang), [who(g, reb, lang)], subj, body, date=d, attachments=atts, region='qc',
                cc=[generic('reb', 'cer', 'CÉR Montrivière')] if g.chance(0.5) else [])


# ---------------------------------------------------------------------------
# P9 participant compensation with SIN (Relevé 1 / T4A)
# ---------------------------------------------------------------------------
def p_compensation_sin(g, lang):
    d = g.msg_date()
    st = g.study(g.pick(['mtl', 'gat']))
    fin = g.staff_named('St-Pierre')
    coord = g.staff(st['site'], exclude=NON_CLIN + ('Rochon', 'Marchand', 'Ferland', 'Laroche', 'Okoye', 'Mailloux', 'Quenneville', 'Beausoleil', 'St-Pierre'))
    n = g.randint(1, 4)
    rows = []
    for _ in range(n):
        p = g.person(g.pick(['qc', 'qc', 'en']))
        sin = g.sin()
        rows.append(('%s %s' % (p['given'], p['surname']), sin, g.address('qc').replace('\n', ', '), '%d,00 $' % g.pick([450, 600, 750, 900, 1200])))
    from gen_common import sin_fmt
    if lang == 'fr':
        intro = ("Pour l'émission des relevés 1 / T4A, voici les participants de l'étude %s (%s) dont la compensation dépasse le seuil :"
                 % (st['code'], st['dx_fr']))
        hdr = ['Participant', 'NAS', 'Adresse', 'Montant']
        subj = g.pick(['NAS participants - relevés fiscaux', 'Compensation participants %s' % st['code'], 'Info pour T4A'])
    else:
        intro = ("For the T4A / RL-1 slips, these %s participants (%s) are over the threshold:" % (st['code'], st['dx_en']))
        hdr = ['Participant', 'SIN', 'Address', 'Amount']
        subj = g.pick(['Participant SINs for tax slips', 'Compensation %s' % st['code'], 'T4A info'])
    trows = [[a, sin_fmt(g, b), c, e] for a, b, c, e in rows]
    blocks = [dear(g, fin, lang), intro]
    atts = []
    if g.chance(0.4):
        x = F.make_xlsx([('T4A', [hdr] + trows)])
        atts.append({'filename': 'T4A_%s_%d.xlsx' % (st['code'], d.year), 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': x})
        blocks.append("(voir fichier joint)" if lang == 'fr' else '(see attached)')
    else:
        blocks.append(('table', hdr, trows))
    blocks += [closing(g, lang), ('sig', signature(g, coord, lang))]
    return spec('compensation_nas', lang, types('patient_name', 'ca_sin', 'patient_contact', 'diagnosis'),
                'participant payments with SIN and home address for tax slips', who(g, coord, lang), [who(g, fin, lang)], subj, blocks,
                date=d, attachments=atts, region='qc')


# ---------------------------------------------------------------------------
# P16 subject-only leak
# ---------------------------------------------------------------------------
def p_subject_leak(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'mtl', 'gat', 'bxl'])
    be = SITES[site]['country'] == 'be'
    p = g.person('be' if be else 'qc')
    a = g.staff(site, exclude=NON_CLIN + ('Rochon',))
    b = g.staff(site, exclude=NON_CLIN + ('Rochon', a['surname']))
    nm = name_style(g, p, g.pick(['surfirst', 'SURNAME Given', 'full', 'lower', 'title_sur', 'initial']), lang)
    kind = g.randint(0, 2)
    if kind == 0:
        info, ty = _L(lang, g.pick(LABS)), 'lab_result'
    elif kind == 1:
        info, ty = _L(lang, g.pick(AE_TERMS)), 'diagnosis'
    else:
        info, ty = _L(lang, g.pick(MEDS)), 'medication'
    if lang == 'fr':
        subj = g.pick(['%s – %s – à rappeler' % (nm, info), 'URGENT %s : %s' % (nm, info), 'TR: %s (%s)' % (nm, info),
                       '%s / %s SVP voir' % (info, nm)])
        body = [g.pick(["Peux-tu t'en occuper ce matin?", "Voir objet. Merci!", "Je suis en clinique tout l'avant-midi, peux-tu rappeler?",
                        "Pour info.", "Est-ce qu'on avise le promoteur?"]), ('sig', signature(g, a, lang))]
    else:
        subj = g.pick(['%s - %s - please call back' % (nm, info), 'URGENT %s: %s' % (nm, info), 'FW: %s (%s)' % (nm, info)])
        body = [g.pick(["Can you handle this this morning?", "See subject. Thanks!", "I'm in clinic all morning, could you call back?", "FYI."]),
                ('sig', signature(g, a, lang))]
    return spec('fuite_objet', lang, types('patient_name', ty), 'identifying name and clinical detail only in the Subject',
                who(g, a, lang), [who(g, b, lang)], subj, body, date=d, region='be' if be else 'qc', urgent=g.chance(0.4))


POS_A = [
    (p_referral, 3, 2),
    (p_screening_log, 3, 2),
    (p_screen_fail, 3, 1),
    (p_sae_pdf, 3, 2),
    (p_ae_quoted, 2, 2),
    (p_visit_ics, 2, 2),
    (p_roster, 2, 2),
    (p_reb_deviation, 3, 1),
    (p_compensation_sin, 2, 2),
    (p_subject_leak, 3, 2),
]
