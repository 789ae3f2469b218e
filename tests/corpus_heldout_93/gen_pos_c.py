"""Positive templates, part C: attachments, participants' own mail, pharmacy, safety, logistics."""
import datetime

import gen_files as F
from gen_common import (AE_TERMS, LABS, MEDS, SITES, SOCIAL, age_at, closing, dear, dfr, den, dlang, fold, name_style,
                        nam_fmt, signature, title_of)
from gen_tpl import earlier, fname_safe, forwarded, fw_, generic, pwho, quoted, re_, spec, types, who

NON_CLIN = ('Quenneville', 'Beausoleil', 'St-Pierre', 'Girouard', 'Corriveau', 'Ruelle')


def _L(lang, pair):
    return pair[0] if lang == 'fr' else pair[1]


def _site(g, sites=('mtl', 'mtl', 'gat', 'bxl', 'lie')):
    s = g.pick(list(sites))
    return s, SITES[s]['country'] == 'be'


# ---------------------------------------------------------------------------
# P17 file-name-only leak
# ---------------------------------------------------------------------------
def p_filename_leak(g, lang):
    d = g.msg_date()
    site, be = _site(g)
    p = g.person('be' if be else 'qc')
    a = g.staff(site, exclude=NON_CLIN)
    b = g.staff(site, exclude=NON_CLIN + (a['surname'],))
    kind = g.randint(0, 3)
    day = g.past(d, 0, 5).strftime('%Y-%m-%d')
    if kind == 0:
        fn = 'ECG_%s_%s_FA_paroxystique_%s.pdf' % (p['surname'], p['given'], day)
        ty = 'diagnosis'
    elif kind == 1:
        fn = 'IRM_cérébrale_%s_%s_ARIA-E.pdf' % (p['surname'].upper(), p['given'][0])
        ty = 'diagnosis'
    elif kind == 2:
        fn = '%s %s - bilan hépatique ALT 5xLSN.pdf' % (p['given'], p['surname'])
        ty = 'lab_result'
    else:
        fn = 'Ordonnance_%s_%s_méthotrexate.pdf' % (p['surname'], p['given'])
        ty = 'medication'
    if lang == 'en':
        fn = fn.replace('FA_paroxystique', 'paroxysmal_AF').replace('IRM_cérébrale', 'brain_MRI').replace(
            'bilan hépatique ALT 5xLSN', 'LFTs ALT 5xULN').replace('Ordonnance', 'Prescription').replace('méthotrexate', 'methotrexate')
    fn = fname_safe(fn) if g.chance(0.6) else fn
    content = F.make_pdf(g.pick(['Document numérisé', 'Scan', 'Numérisation']) if lang == 'fr' else 'Scanned document',
                         [g.pick(['Page 1/1', 'Numériseur : RICOH-3B-214', 'Scan to e-mail'])])
    body = [g.pick(["Voir PJ.", "Ci-joint, comme discuté.", "Pour le dossier de recherche.", "Document numérisé ci-joint."]) if lang == 'fr'
            else g.pick(["See attached.", "Attached as discussed.", "For the research file."]),
            ('sig', signature(g, a, lang))]
    subj = g.pick(['Numérisation', 'Document', 'PJ', 'Scan %s' % d.strftime('%Y%m%d')]) if lang == 'fr' else g.pick(['Scan', 'Document', 'Attachment'])
    return spec('fuite_nom_fichier', lang, types('patient_name', ty), 'identity and clinical detail only in the attachment file name',
                who(g, a, lang), [who(g, b, lang)], subj, body, date=d, region='be' if be else 'qc',
                attachments=[{'filename': fn, 'ctype': g.pick(['application/pdf', 'application/octet-stream']), 'data': content}])


# ---------------------------------------------------------------------------
# P18 participant vCard
# ---------------------------------------------------------------------------
def p_vcard(g, lang):
    d = g.msg_date()
    st = g.study('mtl')
    use_nam = g.chance(0.4)
    p = g.nam_person() if use_nam else g.person('qc')
    a = g.staff('mtl', exclude=NON_CLIN + ('Marchand', 'Ferland', 'Laroche', 'Mailloux', 'Rochon'))
    b = g.staff('mtl', exclude=NON_CLIN + (a['surname'],))
    phone = g.phone('qc')
    addr = g.address('qc')
    street, cityline = addr.split('\n')
    ty = {'patient_name', 'patient_contact', 'diagnosis', 'date_of_birth'}
    note = (("Participant(e) %s (%s). Préfère les appels après 16 h. Allergie : pénicilline." % (st['code'], st['dx_fr'])) if lang == 'fr'
            else ("%s participant (%s). Prefers calls after 4 pm. Allergy: penicillin." % (st['code'], st['dx_en'])))
    if use_nam:
        note += ' NAM %s' % p['nam']
        ty.add('ramq_nam')
    vc = F.make_vcf([('N', '%s;%s;;;' % (F.vesc(p['surname']), F.vesc(p['given']))), ('FN', F.vesc('%s %s' % (p['given'], p['surname']))),
                     ('TEL;TYPE=CELL', phone), ('ADR;TYPE=HOME', ';;%s;%s;QC;;Canada' % (F.vesc(street), F.vesc(cityline))),
                     ('EMAIL;TYPE=HOME', p['email']), ('BDAY', p['dob'].strftime('%Y-%m-%d')), ('NOTE', F.vesc(note)),
                     ('CATEGORIES', 'Participants %s' % st['code'])])
    body = [g.pick(["Voici la fiche contact, à ajouter dans le carnet partagé de l'unité.", "Fiche du participant pour les rappels.",
                    "Contact pour la relance de demain."]) if lang == 'fr' else g.pick(["Contact card for the shared unit address book.", "Participant card for reminders."]),
            ('sig', signature(g, a, lang))]
    fn = '%s %s.vcf' % (p['given'], p['surname']) if g.chance(0.6) else 'contact.vcf'
    return spec('fiche_contact', lang, types(ty), 'participant vCard with phone, address, birthday and study condition',
                who(g, a, lang), [who(g, b, lang)], g.pick(['Fiche contact', 'Contact', 'vCard']) if lang == 'fr' else 'Contact card',
                body, date=d, region='qc',
                attachments=[{'filename': fn, 'ctype': g.pick(['text/vcard', 'text/x-vcard']), 'data': vc, 'charset': 'utf-8'}])


# ---------------------------------------------------------------------------
# P19 participant's own mail forwarded
# ---------------------------------------------------------------------------
def p_participant_fwd(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'mtl', 'gat', 'bxl'))
    st = g.study(site)
    p = g.person('be' if be else g.pick(['qc', 'qc', 'en']))
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    pi = g.staff_named(st['pi'])
    med = _L(lang, g.pick(MEDS))
    ty = {'patient_name', 'medication', 'diagnosis'}
    if lang == 'fr':
        inner = [g.pick(['Bonjour %s,' % coord['given'], 'Bonjour Madame,', 'Allo %s' % coord['given']]),
                 g.pick(["Depuis la dernière dose du médicament de l'étude j'ai des nausées presque tous les jours et j'ai vomi trois fois hier. "
                         "J'ai perdu 4 livres. Est-ce que je dois continuer? Je prends aussi mon %s comme d'habitude." % med,
                         "Je voulais vous dire que mon médecin m'a prescrit du %s pour mes palpitations, est-ce que c'est correct avec l'étude? "
                         "J'ai aussi fait une chute dimanche mais rien de cassé." % med,
                         "Petite question : j'ai oublié 2 jours de pilules (%s) la semaine passée car j'étais à l'hôpital pour une pneumonie. "
                         "Je rapporte la bouteille jeudi." % st['ip']]),
                 g.pick(['Merci beaucoup', 'Bonne journée', 'Merci de me revenir']),
                 '%s %s' % (p['given'], p['surname']) + (('\n' + g.phone('be' if be else 'qc')) if g.chance(0.5) else '')]
        top = [dear(g, pi, lang), g.pick(["Je te fais suivre le courriel reçu ce matin, peux-tu regarder?",
                                          "Pour ton avis médical SVP.", "Voir ci-dessous, je la rappelle après ta réponse."]),
               ('sig', signature(g, coord, lang))]
        subj0 = g.pick(['Question', 'effets secondaires', 'étude', 'Médicament'])
    else:
        inner = [g.pick(['Hi %s,' % coord['given'], 'Hello,']),
                 g.pick(["Since the last dose of the study drug I've been nauseous almost every day and threw up three times yesterday. "
                         "I lost 4 lbs. Should I keep going? I'm still taking my %s as usual." % med,
                         "My doctor started me on %s for palpitations, is that OK with the study? Also I fell on Sunday but nothing broken." % med,
                         "I missed 2 days of pills (%s) last week because I was in hospital with pneumonia. I'll bring the bottle Thursday." % st['ip']]),
                 g.pick(['Thanks', 'Thank you so much']), '%s %s' % (p['given'], p['surname'])]
        top = [dear(g, pi, lang), g.pick(["Forwarding the email I got this morning - can you take a look?", "Your medical opinion please."]),
               ('sig', signature(g, coord, lang))]
        subj0 = g.pick(['Question', 'side effects', 'study', 'medication'])
    if len(inner[-1].split('\n')) > 1:
        ty.add('patient_contact')
    psender = pwho(p)
    blocks = top + [forwarded(g, lang, psender, coord['email'], earlier(d, g=g), subj0, inner)]
    return spec('courriel_participant', lang, types(ty), "participant's own e-mail about symptoms and medication, forwarded",
                who(g, coord, lang), [who(g, pi, lang)], fw_(lang, subj0, g), blocks, date=d, region='be' if be else 'qc')


# ---------------------------------------------------------------------------
# P20 research pharmacy dispensing
# ---------------------------------------------------------------------------
def p_pharmacy(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'mtl', 'lie'))
    st = g.study('mtl' if not be else 'bxl')
    p = g.person('be' if be else 'qc')
    mrn = g.mrn(site)
    ph = g.staff_named('Chartrand' if not be else 'Charlier')
    pi = g.staff_named(st['pi'])
    nm = name_style(g, p, g.pick(['title', 'surfirst', 'full', 'SURNAME Given']), lang)
    kit = '%06d' % g.randint(100000, 999999)
    med = _L(lang, g.pick(MEDS[2:4] + MEDS[9:10] + MEDS[12:13]))
    if lang == 'fr':
        body = [dear(g, pi, lang),
                "Dispensation V%d pour %s (dossier %s) : kit %s de %s préparé. En révisant la liste de médicaments, je vois que %s "
                "a été ajouté par l'urgence le %s. %s" % (g.randint(3, 9), nm, mrn, kit, st['ip'], med, dfr(g.past(d, 2, 10), 0),
                                                         g.pick(["Interaction possible (CYP3A4) — veux-tu qu'on retienne la dose?",
                                                                 "Il faudrait un INR de contrôle avant la reprise.",
                                                                 "Le protocole l'interdit (section 6.4). On suspend?"])),
                closing(g, lang, be), ('sig', signature(g, ph, lang))]
        subj = g.pick(['Pharmacie de recherche - interaction', 'Dispensation %s' % st['code'], 'Question médicament concomitant'])
    else:
        body = [dear(g, pi, lang),
                "V%d dispensing for %s (MRN %s): kit %s of %s is ready. Reviewing the med list, I see %s was added by the ED on %s. %s"
                % (g.randint(3, 9), nm, mrn, kit, st['ip'], med, den(g.past(d, 2, 10), 0),
                   g.pick(["Possible CYP3A4 interaction - should we hold the dose?", "We need a repeat INR before restarting.",
                           "Prohibited per protocol section 6.4. Hold?"])),
                closing(g, lang), ('sig', signature(g, ph, lang))]
        subj = g.pick(['Research pharmacy - interaction', 'Dispensing %s' % st['code'], 'Concomitant med question'])
    return spec('pharmacie_recherche', lang, types('patient_name', 'mrn', 'medication'),
                'research pharmacy note: participant, MRN, IP kit and interacting drug', who(g, ph, lang), [who(g, pi, lang)],
                subj, body, date=d, region='be' if be else 'qc')


# ---------------------------------------------------------------------------
# P21 central lab alert forwarded with the name added
# ---------------------------------------------------------------------------
def p_lab_alert(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'bxl', 'mtl'))
    st = g.study('bxl' if be else 'mtl')
    p = g.person('be' if be else 'qc')
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    pi = g.staff_named(st['pi'])
    lab = g.staff_named('Whitfield')
    code = g.subject_code()
    val = g.pick(LABS)
    alert = ['ALERT VALUE NOTIFICATION', 'Protocol: %s   Site: %s' % (st['code'], SITES[site]['short']),
             'Subject: %s   Visit: %s   Collected: %s' % (code, g.pick(['V3', 'V5', 'UNS']), den(g.past(d, 1, 2), 2)),
             'Result: %s  ** ALERT **' % val[1], 'Please acknowledge receipt within 24 hours.']
    alert_blocks = ['\n'.join(alert), ('sig', '\nBioCentral Labs - Project Services\n%s' % SITES['lab']['phone'])]
    nm = name_style(g, p, g.pick(['title', 'full', 'title_sur']), lang)
    mrn = g.mrn(site)
    ty = {'patient_name', 'lab_result', 'mrn'}
    if lang == 'fr':
        top = [dear(g, pi, lang), "Valeur d'alerte du labo central pour %s — c'est %s (dossier %s, DDN %s). Je l'ai joint%s, %s"
               % (code, nm, mrn, dfr(p['dob'], 2), 'e' if coord['sex'] == 'F' else '',
                  g.pick(["il vient pour un contrôle demain 8 h.", "elle se sent bien, contrôle au CLSC cet après-midi.",
                          "rendez-vous à l'urgence conseillé."])), ('sig', signature(g, coord, lang))]
    else:
        top = [dear(g, pi, lang), "Central lab alert for %s - that's %s (MRN %s, DOB %s). I reached them; %s"
               % (code, nm, mrn, den(p['dob'], 2), g.pick(["repeat draw tomorrow 8 am.", "feels fine, repeat this afternoon.", "advised to go to the ED."])),
               ('sig', signature(g, coord, lang))]
    ty.add('date_of_birth')
    blocks = top + [forwarded(g, 'en', ('BioCentral Alerts', 'alerts@biocentral-labs.example'), coord['email'], earlier(d, g.randint(1, 5), g),
                              'ALERT - %s - Subject %s' % (st['code'], code), alert_blocks)]
    return spec('alerte_labo', lang, types(ty), 'central lab alert forwarded with the participant name, MRN and DOB added',
                who(g, coord, lang), [who(g, pi, lang)], fw_(lang, 'ALERT - %s - Subject %s' % (st['code'], code), g), blocks, date=d,
                region='be' if be else 'qc', urgent=True)


# ---------------------------------------------------------------------------
# P22 consultation attached as message/rfc822
# ---------------------------------------------------------------------------
def p_rfc822_consult(g, lang):
    d = g.msg_date()
    site = 'mtl'
    st = g.study('mtl')
    p = g.person(g.pick(['qc', 'en']))
    mrn = g.mrn(site)
    card = g.staff_named('Laroche')
    intern = g.staff_named('Mailloux')
    coord = g.staff_named(g.pick(['Bissonnette', 'Dagenais']))
    pi = g.staff_named(st['pi']) if st['pi'] != 'Laroche' else g.staff_named('Marchand')
    nm = '%s %s' % (p['given'], p['surname'])
    if lang == 'fr':
        inner_blocks = ["Consultation cardiologie — %s, dossier %s" % (nm, mrn),
                        "Vu à la demande de l'équipe de recherche (%s). ECG : QTcF %d ms, nouveau comparativement à V1. "
                        "K 3,3 mmol/L, Mg 0,62 mmol/L. Sous %s et %s." % (st['code'], g.randint(495, 530), st['ip'], _L(lang, g.pick(MEDS))),
                        "Recommandations : cesser le produit à l'étude, corriger K/Mg, ECG de contrôle 48 h.",
                        ('sig', signature(g, card, lang))]
        isubj = 'Consultation - %s' % nm
        outer = [dear(g, pi, lang), g.pick(["Pour info, la consultation de cardiologie ci-jointe.", "Voir le courriel du Dr Laroche en pièce jointe."]),
                 ('sig', signature(g, coord, lang))]
        osubj = fw_(lang, g.pick(['Consultation cardio', 'Avis cardiologie']), g)
    else:
        inner_blocks = ["Cardiology consult - %s, MRN %s" % (nm, mrn),
                        "Seen at the research team's request (%s). ECG: QTcF %d ms, new compared with V1. K 3.3 mmol/L, Mg 0.62 mmol/L. "
                        "On %s and %s." % (st['code'], g.randint(495, 530), st['ip'], _L(lang, g.pick(MEDS))),
                        "Recommendations: stop study drug, replete K/Mg, repeat ECG in 48 h.", ('sig', signature(g, card, lang))]
        isubj = 'Consult - %s' % nm
        outer = [dear(g, pi, lang), g.pick(["FYI, cardiology consult attached.", "See Dr. Laroche's note attached."]),
                 ('sig', signature(g, coord, lang))]
        osubj = fw_(lang, g.pick(['Cardio consult', 'Cardiology opinion']), g)
    inner = spec('inner', lang, [], '', who(g, card, lang), [who(g, coord, lang)], isubj, inner_blocks, date=earlier(d, g=g),
                 region='qc')
    return spec('consultation_eml', lang, types('patient_name', 'mrn', 'diagnosis', 'medication', 'lab_result'),
                'consultation e-mail attached as message/rfc822 with name, MRN, QTc and drugs', who(g, coord, lang), [who(g, pi, lang)],
                osubj, outer, date=d, inner=inner, inner_filename=g.pick(['Consultation.eml', None, 'consult.eml']), region='qc',
                cc=[who(g, intern, lang)] if g.chance(0.3) else [])


# ---------------------------------------------------------------------------
# P23 withdrawal for social reasons
# ---------------------------------------------------------------------------
def p_social_withdrawal(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'gat'])
    st = g.study(site)
    use_nam = g.chance(0.35)
    p = g.nam_person() if use_nam else g.person(g.pick(['qc', 'qc', 'en']))
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    pi = g.staff_named(st['pi'])
    soc = g.pick(SOCIAL)
    nm = name_style(g, p, g.pick(['title', 'full', 'surfirst', 'title_sur']), lang)
    ty = {'patient_name', 'social_information'}
    extra = ''
    if use_nam:
        extra = (' (NAM %s)' if lang == 'fr' else ' (RAMQ %s)') % nam_fmt(g, p['nam'])
        ty.add('ramq_nam')
    if lang == 'fr':
        body = [dear(g, pi, lang), "%s%s souhaite se retirer de l'étude %s : la personne %s." % (nm, extra, st['code'], soc[0]),
                g.pick(["Je propose une visite de fin d'étude par téléphone.", "On peut garder les données déjà recueillies (consentement OK).",
                        "Je lui ai donné les coordonnées du travailleur social de l'hôpital."]),
                closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = g.pick(["Retrait d'un participant", 'Retrait %s' % st['code'], 'Fin de participation'])
    else:
        body = [dear(g, pi, lang), "%s%s wants to withdraw from %s: the participant %s." % (nm, extra, st['code'], soc[1]),
                g.pick(["I suggest an end-of-study phone visit.", "We can keep the data collected so far (consent allows it).",
                        "I gave them the hospital social worker's contact."]), closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = g.pick(['Participant withdrawal', 'Withdrawal %s' % st['code']])
    return spec('retrait_social', lang, types(ty), 'participant withdrawal explained by a social situation',
                who(g, coord, lang), [who(g, pi, lang)], subj, body, date=d, region='qc')


# ---------------------------------------------------------------------------
# P24 discharge summary DOCX
# ---------------------------------------------------------------------------
def p_discharge_docx(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'mtl', 'bxl'))
    st = g.study('bxl' if be else 'mtl')
    p = g.person('be' if be else 'qc')
    mrn = g.mrn(site)
    coord = g.staff(site, exclude=NON_CLIN + ('Marchand', 'Ferland', 'Laroche', 'Mailloux', 'Dumont', 'Vanderlinden'))
    safety = g.staff_named('Raman')
    ae = g.pick(AE_TERMS)
    adm = g.past(d, 5, 15)
    dis = adm + datetime.timedelta(days=g.randint(2, 6))
    meds = [_L(lang, m) for m in g.sample(MEDS, 3)]
    labs = [_L(lang, l) for l in g.sample(LABS, 2)]
    if lang == 'fr':
        doc = F.make_docx("Résumé de séjour", [('kv', [('Nom', '%s, %s' % (p['surname'].upper(), p['given'])), ('No de dossier', mrn),
                                                       ('Date de naissance', dfr(p['dob'], 2)), ('Admission', dfr(adm, 2)), ('Congé', dfr(dis, 2))]),
                                              ('h', 'Diagnostic principal'), ae[0],
                                              ('h', 'Évolution'), "Résultats significatifs : %s; %s. Amélioration sous traitement." % tuple(labs),
                                              ('h', 'Médication au congé'), '; '.join(meds)])
        body = [dear(g, safety, lang), "Suivi de l'EIG (%s) : le résumé de séjour est joint." % st['code'], closing(g, lang, be),
                ('sig', signature(g, coord, lang))]
        subj = 'Suivi EIG - résumé de séjour'
        fn = g.pick(['Résumé_séjour_%s.docx' % d.strftime('%Y%m%d'), 'sommaire_hospitalisation.docx', 'RS_%s.docx' % p['surname']])
    else:
        doc = F.make_docx("Discharge summary", [('kv', [('Name', '%s, %s' % (p['surname'].upper(), p['given'])), ('MRN', mrn),
                                                        ('Date of birth', den(p['dob'], 2)), ('Admitted', den(adm, 2)), ('Discharged', den(dis, 2))]),
                                               ('h', 'Principal diagnosis'), ae[1],
                                               ('h', 'Course'), 'Significant results: %s; %s. Improved with treatment.' % tuple(labs),
                                               ('h', 'Discharge medication'), '; '.join(meds)])
        body = [dear(g, safety, lang), 'SAE follow-up (%s): discharge summary attached.' % st['code'], closing(g, lang),
                ('sig', signature(g, coord, lang))]
        subj = 'SAE follow-up - discharge summary'
        fn = g.pick(['Discharge_summary_%s.docx' % d.strftime('%Y%m%d'), 'DC_summary.docx'])
    return spec('resume_sejour', lang, types('patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'),
                'discharge summary DOCX (name, MRN, DOB, diagnosis, meds, labs) sent as SAE follow-up', who(g, coord, lang),
                [who(g, safety, lang)], subj, body, date=d, region='be' if be else 'qc',
                attachments=[{'filename': fn, 'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'data': doc}])


# ---------------------------------------------------------------------------
# P25 pregnancy report
# ---------------------------------------------------------------------------
def p_pregnancy(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'gat', 'bxl'))
    st = g.study(site) if site != 'mtl' else g.pick([s for s in [g.study('mtl')] if s['code'] != 'MEMORIA-AD'] or [g.study('gat')])
    p = g.person('be' if be else 'qc', sex='F', age=g.randint(24, 41))
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    safety = g.staff_named('Raman')
    nm = name_style(g, p, g.pick(['title', 'full', 'surfirst']), lang)
    if lang == 'fr':
        body = [dear(g, safety, lang), "Nous rapportons une grossesse chez la participante %s (sujet %s, %s) : β-hCG sérique positive (%d UI/L) "
                "à la visite du %s. Dernière dose de %s le %s; le produit est interrompu. Date des dernières menstruations : %s."
                % (nm, g.subject_code(), st['code'], g.randint(150, 2400), dfr(g.past(d, 1, 4), 0), st['ip'], dfr(g.past(d, 3, 9), 0),
                   dfr(g.past(d, 30, 50), 2)),
                "Le formulaire de grossesse suivra.", closing(g, lang, be), ('sig', signature(g, coord, lang))]
        subj = 'Déclaration de grossesse - %s' % st['code']
    else:
        body = [dear(g, safety, lang), "We are reporting a pregnancy in participant %s (subject %s, %s): positive serum beta-hCG (%d IU/L) "
                "at the %s visit. Last %s dose on %s; study drug discontinued. LMP: %s."
                % (nm, g.subject_code(), st['code'], g.randint(150, 2400), den(g.past(d, 1, 4), 0), st['ip'], den(g.past(d, 3, 9), 0),
                   den(g.past(d, 30, 50), 2)),
                'The pregnancy form will follow.', closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = 'Pregnancy report - %s' % st['code']
    return spec('declaration_grossesse', lang, types('patient_name', 'lab_result', 'medication', 'diagnosis'),
                'pregnancy report naming the participant with hCG value and IP stop', who(g, coord, lang), [who(g, safety, lang)],
                subj, body, date=d, region='be' if be else 'qc', urgent=g.chance(0.5))


# ---------------------------------------------------------------------------
# P26 emergency unblinding
# ---------------------------------------------------------------------------
def p_unblinding(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'bxl', 'gat'))
    st = g.study(site)
    p = g.person('be' if be else g.pick(['qc', 'en']))
    mrn = g.mrn(site)
    pi = g.staff_named(st['pi'])
    safety = g.staff_named('Raman')
    ev = g.pick([('choc anaphylactique', 'anaphylaxis'), ('hépatite fulminante', 'fulminant hepatitis'),
                 ('torsade de pointes', 'torsades de pointes'), ('hémorragie digestive haute', 'upper GI bleed')])
    nm = name_style(g, p, g.pick(['title', 'full', 'SURNAME Given']), lang)
    if lang == 'en':
        body = ['Dr. Raman,', "Emergency unblinding needed for %s (MRN %s, subject %s, %s) - admitted to ICU tonight with %s. "
                "The ICU team needs to know whether the patient received %s or placebo before giving %s." % (
                    nm, mrn, g.subject_code(), st['code'], ev[1], st['ip'], g.pick(['epinephrine infusion', 'N-acetylcysteine', 'IV magnesium'])),
                'IWRS is down. Please call me on my cell.', ('sig', signature(g, pi, lang))]
        subj = 'URGENT - emergency unblinding request %s' % st['code']
    else:
        body = ['Dre Raman,', "Levée d'insu d'urgence requise pour %s (dossier %s, sujet %s, %s) — admis%s aux soins intensifs cette nuit pour %s. "
                "L'équipe doit savoir si %s ou placebo avant de traiter." % (nm, mrn, g.subject_code(), st['code'], 'e' if p['sex'] == 'F' else '',
                                                                          ev[0], st['ip']),
                "Le système IWRS est en panne. Merci de m'appeler.", ('sig', signature(g, pi, lang))]
        subj = "URGENT - levée d'insu %s" % st['code']
    return spec('levee_insu', lang, types('patient_name', 'mrn', 'diagnosis', 'medication'),
                'emergency unblinding request with name, MRN and life-threatening event', who(g, pi, lang), [who(g, safety, lang)],
                subj, body, date=d, region='be' if be else 'qc', urgent=True)


# ---------------------------------------------------------------------------
# P27 monitoring follow-up letter citing source documents by name
# ---------------------------------------------------------------------------
def p_monitoring(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'bxl', 'lie'))
    st = g.study('bxl' if be else 'mtl')
    cra = g.staff_named(g.pick(['Marchetti', 'Ostrowski']))
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    items = []
    for _ in range(g.randint(2, 4)):
        p = g.person('be' if be else 'qc')
        code = g.subject_code()
        f = g.pick([(' hypoglycémie documentée dans la note d\'évolution non saisie comme EI', 'hypoglycaemia in the progress note not entered as AE', 'diagnosis'),
                    (' résultat %s au laboratoire local non transcrit' % LABS[0][0], 'local lab %s not transcribed' % LABS[0][1], 'lab_result'),
                    (' chute avec fracture non rapportée comme EIG', 'fall with fracture not reported as SAE', 'diagnosis'),
                    (' %s débuté sans mise à jour de la liste des médicaments' % MEDS[12][0], '%s started, con-med list not updated' % MEDS[12][1], 'medication')])
        src = '%s, %s' % (p['surname'], p['given']) if g.chance(0.5) else '%s %s' % (p['given'], p['surname'])
        items.append(((' - %s (source : dossier de %s) :%s' % (code, src, f[0])) if lang == 'fr' else
                      (' - %s (source: chart of %s): %s' % (code, src, f[1])), f[2]))
    ty = types('patient_name', [t for _, t in items])
    if lang == 'fr':
        body = [dear(g, coord, lang), "Merci pour l'accueil lors de la visite de monitorage du %s. Voici les points à régler :" % dfr(g.past(d, 2, 8), 0),
                '\n'.join(i for i, _ in items), "Merci de corriger dans l'EDC d'ici la prochaine visite.", closing(g, lang, be),
                ('sig', signature(g, cra, lang))]
        subj = 'Suivi de la visite de monitorage - %s' % st['code']
    else:
        body = [dear(g, coord, lang), "Thanks for hosting the monitoring visit on %s. Findings to address:" % den(g.past(d, 2, 8), 0),
                '\n'.join(i for i, _ in items), 'Please correct in EDC before the next visit.', closing(g, lang), ('sig', signature(g, cra, lang))]
        subj = 'Monitoring visit follow-up - %s' % st['code']
    return spec('suivi_monitorage', lang, ty, 'monitoring follow-up letter citing participants by name from source documents',
                who(g, cra, lang), [who(g, coord, lang)], subj, body, date=d, region='be' if be else 'qc')


# ---------------------------------------------------------------------------
# P28 nurses' handover
# ---------------------------------------------------------------------------
def p_handover(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'mtl', 'lie', 'bxl'))
    a = g.staff(site, exclude=NON_CLIN + ('Marchand', 'Ferland', 'Laroche', 'Mailloux', 'Dumont', 'Vanderlinden', 'Delcourt', 'Okoye'))
    lines = []
    tags = set()
    for i in range(g.randint(3, 6)):
        p = g.person('be' if be else 'qc')
        nm = name_style(g, p, g.pick(['lower', 'surfirst', 'title_sur', 'full']), lang)
        tx = g.pick([('perfusion NRX-090 en cours, TA 168/94 à recontrôler', 'NRX-090 infusion running, BP 168/94 recheck', 'medication'),
                     ('PK 4 h à faire à 13 h 10 (dose de ZT-418 à 9 h 10)', '4 h PK due at 1:10 pm (ZT-418 dosed 9:10)', 'medication'),
                     ('céphalée depuis V4, acétaminophène 1 g donné', 'headache since V4, acetaminophen 1 g given', 'medication'),
                     ('glycémie 3,1 → jus + collation, recontrôle 15 min', 'glucose 3.1 -> juice + snack, recheck 15 min', 'lab_result'),
                     ('potassium 5,9 au labo local, ECG fait, Dre avisée', 'local potassium 5.9, ECG done, MD aware', 'lab_result'),
                     ('dyspnée légère, SpO2 93 % (exacerbation de BPCO?)', 'mild dyspnoea, SpO2 93% (COPD exacerbation?)', 'diagnosis'),
                     ('éruption au site d\'injection, photo au dossier', 'injection-site rash, photo in chart', 'diagnosis')])
        tags.add(tx[2])
        lines.append('%s %s — %s' % (g.pick(['Fauteuil', 'Box', 'Lit']) + ' %d' % (i + 1), nm, tx[0]) if lang == 'fr'
                     else '%s %d: %s - %s' % (g.pick(['Chair', 'Bay', 'Bed']), i + 1, nm, tx[1]))
    if lang == 'fr':
        body = [g.pick(['Bonjour les filles,', 'Salut l\'équipe,', 'Bonjour,']), "Relève de %s :" % g.pick(['midi', '15 h', 'fin de journée']),
                '\n'.join(lines), g.pick(['Bonne soirée!', 'Merci!', 'Bon courage']), ('sig', signature(g, a, lang))]
        subj = g.pick(['Relève unité de recherche', 'Relève %s' % dfr(d.date(), 2), 'Transfert de soins'])
    else:
        body = ['Hi team,', 'Handover (%s):' % g.pick(['noon', '3 pm', 'end of day']), '\n'.join(lines), 'Thanks!', ('sig', signature(g, a, lang))]
        subj = g.pick(['Unit handover', 'Handover %s' % den(d.date(), 3)])
    return spec('releve_infirmiere', lang, types('patient_name', sorted(tags)),
                'nurses handover list naming participants with vitals and treatments', who(g, a, lang),
                [generic(site, 'infirmieres.recherche', 'Infirmières recherche')], subj, body, date=d, region='be' if be else 'qc')


# ---------------------------------------------------------------------------
# P29 transport booking
# ---------------------------------------------------------------------------
def p_transport(g, lang):
    d = g.msg_date()
    site, be = _site(g, ('mtl', 'mtl', 'lie'))
    p = g.person('be' if be else 'qc', age=g.randint(60, 88))
    a = g.staff(site, exclude=NON_CLIN + ('Marchand', 'Ferland', 'Laroche', 'Mailloux', 'Delcourt'))
    day = g.future(d, 2, 10)
    addr = g.address('be' if be else 'qc')
    phone = g.phone('be' if be else 'qc')
    nm = name_style(g, p, g.pick(['title', 'full', 'SURNAME Given']), lang)
    cond = g.pick([("se déplace en fauteuil roulant (AVC en 2023)", "uses a wheelchair (stroke in 2023)"),
                   ("sous oxygène 2 L/min (BPCO), prévoir bonbonne", "on 2 L/min home oxygen (COPD), bring a tank"),
                   ("hémodialyse le mardi et le jeudi, retour avant 13 h", "on haemodialysis Tue/Thu, must be back before 1 pm")])
    if lang == 'fr':
        body = [g.pick(['Bonjour,', 'Bonjour Madame,']), "Merci de réserver un transport %s pour %s le %s :" % (
            g.pick(['adapté', 'en taxi', 'médical']), nm, dfr(day, 0)),
            "Adresse : %s\nTél. : %s\nAller : %s au %s, retour vers %s." % (addr.replace('\n', ', '), phone, g.pick(['7 h 15', '8 h', '12 h 30']),
                                                                          SITES[site]['addr'].split('\n')[0], g.pick(['11 h', '15 h 30'])),
            "La personne %s." % cond[0], "Facturer au centre de coût de l'étude.", closing(g, lang, be), ('sig', signature(g, a, lang))]
        subj = g.pick(['Réservation transport participant', 'Transport %s' % dfr(day, 2), 'Demande de taxi'])
        to = [('Transport adapté - réservations', 'reservations@transport-adapte.example')] if not be else [('Taxis Verts - centrale', 'centrale@taxis-verts.example')]
    else:
        body = ['Hello,', "Please book a %s for %s on %s:" % (g.pick(['taxi', 'wheelchair van']), nm, den(day, 0)),
                "Address: %s\nPhone: %s\nPick-up %s, return around %s." % (addr.replace('\n', ', '), phone, g.pick(['7:15', '8:00']), g.pick(['11:00', '15:30'])),
                "Passenger %s." % cond[1], 'Bill to the study cost centre.', closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Participant transport booking'
        to = [('Dispatch', 'dispatch@westend-cabs.example')]
    return spec('transport_participant', lang, types('patient_name', 'patient_contact', 'diagnosis'),
                'transport booking with participant name, home address, phone and condition', who(g, a, lang), to, subj, body,
                date=d, region='be' if be else 'qc')


# ---------------------------------------------------------------------------
# P30 genetic result (NAM)
# ---------------------------------------------------------------------------
def p_genetic(g, lang):
    d = g.msg_date()
    p = g.nam_person('senior')
    pi = g.staff_named('Ferland')
    coord = g.staff_named(g.pick(['Bissonnette', 'Dagenais']))
    nm = name_style(g, p, g.pick(['title', 'full', 'surfirst']), lang)
    geno = g.pick(['ε4/ε4', 'ε3/ε4']) if lang == 'fr' else g.pick(['e4/e4', 'e3/e4'])
    if lang == 'fr':
        body = [dear(g, coord, lang), "Résultat du génotypage APOE pour %s (NAM %s) : %s. Risque accru d'ARIA sous NRX-090; "
                "je veux la rencontrer avec sa fille avant la V3 pour la divulgation, elle avait demandé à connaître le résultat."
                % (nm, nam_fmt(g, p['nam']), geno), "Peux-tu planifier 45 minutes?", closing(g, lang), ('sig', signature(g, pi, lang))]
        subj = g.pick(['Résultat APOE', 'Divulgation résultat génétique', 'MEMORIA-AD - génotype'])
    else:
        body = [dear(g, coord, lang), "APOE genotyping result for %s (RAMQ %s): %s. Higher ARIA risk on NRX-090; I want to meet them with their "
                "daughter before V3 for disclosure." % (nm, nam_fmt(g, p['nam']), geno), 'Can you book 45 minutes?', closing(g, lang),
                ('sig', signature(g, pi, lang))]
        subj = g.pick(['APOE result', 'Genetic result disclosure'])
    return spec('resultat_genetique', lang, types('patient_name', 'ramq_nam', 'lab_result'), 'APOE genotype result with NAM',
                who(g, pi, lang), [who(g, coord, lang)], subj, body, date=d, region='qc')


# ---------------------------------------------------------------------------
# P32 prescription PDF with NAM
# ---------------------------------------------------------------------------
def p_prescription(g, lang):
    d = g.msg_date()
    p = g.nam_person()
    pi = g.staff_named(g.pick(['Marchand', 'Laroche', 'Mailloux']))
    coord = g.staff_named(g.pick(['Bissonnette', 'Dagenais']))
    meds = [_L(lang, m) for m in g.sample(MEDS, g.randint(1, 3))]
    kv = [('Patient', '%s %s' % (p['given'], p['surname'])), ('NAM' if lang == 'fr' else 'RAMQ', p['nam']),
          ('Date de naissance' if lang == 'fr' else 'Date of birth', dfr(p['dob'], 1)), ('Date', dfr(d.date(), 1))]
    rx = F.make_pdf('Ordonnance' if lang == 'fr' else 'Prescription',
                    [('kv', kv), ('h', 'Rx'), '\n'.join('%d. %s — %s' % (i + 1, m, g.pick(['30 jours, 2 renouvellements', 'x 3 mois', 'PRN'])
                                                                         if lang == 'fr' else g.pick(['30 days, 2 refills', 'x 3 months', 'PRN']))
                                                        for i, m in enumerate(meds)),
                     '\n%s\n%s' % (title_of(pi, lang), 'Permis %05d' % g.randint(10000, 99999))],
                    header=SITES['mtl']['name_' + lang])
    body = [g.pick(['Bonjour,', 'Bonjour à la pharmacie,']) if lang == 'fr' else 'Hello,',
            ("Voici l'ordonnance de %s pour la médication hors étude. Merci de la préparer pour demain." % ('%s %s' % (p['given'], p['surname']))) if lang == 'fr'
            else ("Attached is the prescription for %s %s (non-study medication). Please have it ready tomorrow." % (p['given'], p['surname'])),
            closing(g, lang), ('sig', signature(g, coord, lang))]
    fn = g.pick(['ordonnance.pdf', 'Rx_%s.pdf' % d.strftime('%Y%m%d'), 'Ordonnance_%s.pdf' % fold(p['surname'])])
    return spec('ordonnance', lang, types('patient_name', 'ramq_nam', 'date_of_birth', 'medication'), 'prescription PDF with NAM and DOB',
                who(g, coord, lang), [('Pharmacie Dubreuil et associés', 'labo@pharmacie-dubreuil.example')], 
                g.pick(['Ordonnance', 'Rx pour demain', 'Ordonnance %s' % p['surname']]) if lang == 'fr' else 'Prescription',
                body, date=d, region='qc', attachments=[{'filename': fn, 'ctype': 'application/pdf', 'data': rx}])


POS_C = [
    (p_filename_leak, 3, 2),
    (p_vcard, 2, 1),
    (p_participant_fwd, 3, 1),
    (p_pharmacy, 2, 1),
    (p_lab_alert, 2, 1),
    (p_rfc822_consult, 2, 2),
    (p_social_withdrawal, 2, 1),
    (p_discharge_docx, 2, 1),
    (p_pregnancy, 1, 2),
    (p_unblinding, 1, 2),
    (p_monitoring, 1, 2),
    (p_handover, 2, 1),
    (p_transport, 2, 1),
    (p_genetic, 1, 1),
    (p_prescription, 1, 1),
]


# ---------------------------------------------------------------------------
# P33 identifier without any name (NAM, MRN or NISS) plus clinical detail
# ---------------------------------------------------------------------------
def p_id_only(g, lang):
    d = g.msg_date()
    kind = g.pick(['nam', 'nam', 'mrn', 'niss'])
    if kind == 'niss':
        site, be = 'bxl', True
    else:
        site, be = g.pick(['mtl', 'gat']), False
    st = g.study('bxl' if be else site)
    a = g.staff(site, exclude=NON_CLIN)
    b = g.staff(site, exclude=NON_CLIN + (a['surname'],))
    lab = _L(lang, g.pick(LABS))
    if kind == 'nam':
        p = g.nam_person()
        ident = ('NAM %s, DDN %s' % (nam_fmt(g, p['nam']), dfr(p['dob'], g.pick([1, 2])))) if lang == 'fr' else \
            ('RAMQ %s, DOB %s' % (nam_fmt(g, p['nam']), den(p['dob'], g.pick([1, 2]))))
        ty = types('ramq_nam', 'date_of_birth', 'lab_result')
    elif kind == 'mrn':
        ident = ('dossier %s' if lang == 'fr' else 'MRN %s') % g.mrn(site)
        ty = types('mrn', 'lab_result', 'medication')
    else:
        p = g.person('be')
        ident = 'NISS %s' % niss_fmt_(g, g.niss(p['dob'], p['sex']))
        ty = types('be_niss', 'lab_result', 'medication')
    if lang == 'fr':
        body = [dear(g, b, lang),
                g.pick(["Requête pour le labo : %s — %s au contrôle d'hier, à répéter à jeun avant la visite du %s." % (ident, lab, dfr(g.future(d), 0)),
                        "Pour %s : %s ce matin. %s" % (ident, lab, g.pick(["On suspend %s jusqu'à nouvel ordre." % st['ip'],
                                                                         "Je laisse %s à la même dose?" % st['ip']]))]),
                closing(g, lang, be), ('sig', signature(g, a, lang))]
        subj = g.pick(['Résultat à suivre', 'Requête labo', 'Contrôle demandé', 'Valeur anormale'])
    else:
        body = [dear(g, b, lang),
                g.pick(["Lab requisition: %s - %s on yesterday's draw, repeat fasting before the %s visit." % (ident, lab, den(g.future(d), 0)),
                        "For %s: %s this morning. %s" % (ident, lab, g.pick(["Holding %s until further notice." % st['ip'],
                                                                           "Keep %s at the same dose?" % st['ip']]))]),
                closing(g, lang), ('sig', signature(g, a, lang))]
        subj = g.pick(['Result to follow up', 'Lab requisition', 'Abnormal value'])
    txt = '\n'.join(x for x in body if isinstance(x, str))
    if st['ip'] not in txt and 'medication' in ty:
        ty = [t for t in ty if t != 'medication']
    return spec('identifiant_sans_nom', lang, ty, 'identifier without name (%s) with lab result' % kind,
                who(g, a, lang), [who(g, b, lang)], subj, body, date=d, region='be' if be else 'qc')


def niss_fmt_(g, n):
    from gen_common import niss_fmt
    return niss_fmt(g, n)


POS_C.append((p_id_only, 4, 2))
