"""Positive templates, part 1: prescriber questions, renewals, reconciliation, errors,
interactions, compounding, shortage-driven substitutions."""
import datetime as _dt

import gen_attach as A
import gen_common as C
import gen_data as D
from gen_base import join


def _ident_line(c, p, with_dob=True, with_nam=None, with_mrn=False, with_ohip=None):
    """'Nom (DDN ...; NAM ...)' with the matching types recorded."""
    bits = []
    nm = c.name(p)
    c.t('patient_name')
    if with_dob:
        bits.append(c.L('DDN ', 'DOB ') + c.dob(p))
        c.t('date_of_birth')
    if p.get('nam') and with_nam is not False:
        bits.append(c.L('NAM ', 'RAMQ ') + c.nam(p))
        c.t('ramq_nam')
    if with_mrn and p.get('mrn'):
        bits.append(c.L('dossier ', 'MRN ') + c.mrn(p))
        c.t('mrn')
    if p.get('ohip') and with_ohip:
        bits.append(c.L('no carte santé ', 'HCN ') + C.fmt_ohip(p['ohip'], c.rng))
        c.t('ca_health_number')
    return nm + (' (' + ', '.join(bits) + ')' if bits else '')


# ------------------------------------------------------------------ 1
def prescriber_question(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    doc = c.doctor()
    cl = c.clinic()
    use_nam = region == 'QC' and c.chance(0.5)
    p = c.patient(nam=use_nam, min_age=25)
    ident = _ident_line(c, p, with_dob=c.chance(0.7), with_ohip=region == 'ON' and c.chance(0.5))
    c.t('medication')
    scen = c.choice(['renal', 'allergy', 'duplicate', 'incomplete', 'opioid'])
    fr = c.fr
    if scen == 'renal':
        d = D.drug_by(c.choice(['metformin', 'apixaban', 'allopurinol']))
        egfr = c.rng.randrange(18, 32)
        cr = c.rng.randrange(160, 260)
        c.t('lab_result')
        body = c.L(
            "J'ai reçu aujourd'hui une ordonnance de %s pour %s. Sa dernière créatinine (%s) est à %d µmol/L, "
            "DFGe %d mL/min/1,73 m². À cette fonction rénale, je recommande plutôt de réduire la dose (ou de "
            "cesser si DFGe < 30 pour la metformine). Pouvez-vous me confirmer ce que vous préférez?"
            % (D.drug_line(d, 'fr', c.rng), ident, C.fmt_date(c.days(-c.rng.randrange(5, 40)), 'fr', 0), cr, egfr),
            "We received a new Rx today for %s for %s. Most recent creatinine (%s) was %d umol/L, eGFR %d "
            "mL/min/1.73m2. At that level of renal function I'd suggest a dose reduction (or stopping it if "
            "eGFR < 30 for metformin). Could you confirm how you'd like to proceed?"
            % (D.drug_line(d, 'en', c.rng), ident, C.fmt_date(c.days(-c.rng.randrange(5, 40)), 'en', 0), cr, egfr))
        subj = c.L('Question - ordonnance %s' % d[1], 'Rx clarification - %s' % d[0])
    elif scen == 'allergy':
        d = D.drug_by('amoxicillin')
        react = c.L(c.choice(['urticaire généralisée', 'œdème de Quincke', 'rash maculopapulaire']),
                    c.choice(['hives', 'angioedema', 'maculopapular rash']))
        body = c.L(
            "Petite vérification : %s nous arrive avec une ordonnance d'amoxicilline 500 mg TID x 10 jours "
            "(otite / sinusite?). Au dossier, une allergie à la pénicilline est inscrite (%s en %d). "
            "Souhaitez-vous plutôt de la clarithromycine ou la doxycycline? On attend votre réponse avant de servir."
            % (ident, react, c.rng.randrange(1995, 2020)),
            "Quick check: %s dropped off a script for amoxicillin 500 mg TID x 10 days. Their profile lists a "
            "penicillin allergy (%s, %d). Would you prefer clarithromycin or doxycycline instead? We're holding "
            "the Rx until we hear back." % (ident, react, c.rng.randrange(1995, 2020)))
        subj = c.L('Allergie pénicilline - ordonnance à clarifier', 'Penicillin allergy - please advise')
    elif scen == 'duplicate':
        d1, d2 = c.choice([('sertraline', 'quetiapine'), ('atorvastatin', 'atorvastatin'), ('lorazepam', 'quetiapine')])
        dx = c.choice(D.CONDITIONS[4:7])
        c.t('diagnosis')
        body = c.L(
            "Concernant %s, suivi%s pour %s : nous avons au profil %s prescrit par le Dr %s (psychiatrie) et "
            "vous avez prescrit hier %s. Est-ce un remplacement ou un ajout? Je veux éviter une duplication "
            "thérapeutique." % (ident, c.g(p, '', 'e'), dx[0], D.drug_line(D.drug_by(d1), 'fr', c.rng, False),
                                c.staff()['surname'], D.drug_line(D.drug_by(d2), 'fr', c.rng, False)),
            "Re %s, followed for %s: the profile shows %s from Dr. %s (psychiatry) and yesterday you prescribed "
            "%s. Is this meant to replace it or be added? Just want to avoid a duplication."
            % (ident, dx[1], D.drug_line(D.drug_by(d1), 'en', c.rng, False), c.staff()['surname'],
               D.drug_line(D.drug_by(d2), 'en', c.rng, False)))
        subj = c.L('Duplication possible - %s' % p['surname'], 'Possible duplication - %s' % p['surname'])
    elif scen == 'incomplete':
        d = D.drug_by(c.choice(['prednisone', 'levothyroxine', 'insulin glargine']))
        body = c.L(
            "L'ordonnance de %s pour %s est incomplète : il manque la posologie%s. %s est au comptoir. "
            "Pourriez-vous nous rappeler au plus vite ou répondre ici?"
            % (d[1], ident, c.choice([' et la durée', '', ' (schéma dégressif non précisé)']), c.g(p, 'Le patient', 'La patiente')),
            "The prescription for %s for %s is missing the directions%s. Patient is waiting at the counter - "
            "could you call us back or reply here?" % (d[0], ident, c.choice([' and duration', '', ' (taper not specified)'])))
        subj = c.L('Ordonnance incomplète', 'Incomplete prescription')
    else:
        d = D.drug_by('hydromorphone')
        dx = c.choice([('lombalgie chronique', 'chronic low back pain'), ('fracture de la hanche', 'hip fracture'),
                       ('cancer de la prostate métastatique', 'metastatic prostate cancer')])
        c.t('diagnosis')
        body = c.L(
            "Pour %s (%s) : l'ordonnance d'hydromorphone 2 mg q4h PRN indique « 1 mois » sans quantité totale "
            "ni intervalle entre les services. Selon le règlement, je dois avoir la quantité en chiffres et en "
            "lettres. Pouvez-vous me retourner une ordonnance corrigée par fax?" % (ident, dx[0]),
            "For %s (%s): the hydromorphone 2 mg q4h PRN script says '1 month' with no total quantity or part-fill "
            "interval. I need the quantity written out before I can fill a narcotic. Could you fax a corrected Rx?"
            % (ident, dx[1]))
        subj = c.L('Hydromorphone - quantité manquante', 'Hydromorphone Rx - quantity missing')
    ph_phone = C.phone(c.rng, ph['area'])
    fax = C.phone(c.rng, ph['area'])
    text = join(c.greet(doc), body,
                c.L('Vous pouvez nous joindre au %s ou par télécopieur au %s.' % (ph_phone, fax),
                    'You can reach us at %s or fax %s.' % (ph_phone, fax)) if c.chance(0.6) else '',
                c.close(), c.signature(rx, ph, phone=ph_phone, fax=fax), c.disclaimer() if c.chance(0.4) else '')
    if c.chance(0.3):
        subj += c.L(' – urgent', ' - urgent')
    from_ = (rx['full'], c.addr_of(rx, ph['domain']))
    to = [(doc['disp'], c.addr_of(doc, cl['domain']))]
    # sometimes it is the prescriber's reply with the question quoted
    if c.chance(0.35):
        reply = c.L(c.choice(['OK pour réduire, merci de l\'avoir vu.', 'Oui, faites le changement. Merci!',
                              'Je vous retourne l\'ordonnance corrigée cet après-midi.']),
                    c.choice(['Agree, go ahead with the change. Thanks for catching this.',
                              'Yes please switch. I will update the chart.', 'Will fax a corrected Rx this afternoon.']))
        q = c.quote(text, '%s <%s>' % from_, c.earlier(1, 20)).replace('{SUBJ}', subj).replace('{TO}', doc['disp'])
        text = join(reply, doc['disp'], q)
        subj = c.L('RE: ', 'RE: ') + subj
        from_, to = to[0], [from_]
    return c.spec('prescriber_question', subj, text, from_, to,
                  note='pharmacist question to prescriber (%s)' % scen)


# ------------------------------------------------------------------ 2
def renewal_request(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    doc = c.doctor()
    cl = c.clinic()
    use_nam = region == 'QC' and c.chance(0.65)
    p = c.patient(nam=use_nam, min_age=18)
    meds = c.rng.sample(D.DRUGS[:9] + D.DRUGS[12:15] + D.DRUGS[20:24], c.rng.randrange(1, 5))
    c.t('patient_name', 'medication')
    lines = []
    for d in meds:
        lines.append('- ' + D.drug_line(d, c.lang, c.rng) + c.L(' — dernier service ', ' - last fill ') +
                     C.fmt_date(c.days(-c.rng.randrange(20, 90)), c.lang, 1) +
                     c.L(', qté %d' % c.choice([30, 90, 100]), ', qty %d' % c.choice([30, 90, 100])))
    medtxt = '\n'.join(lines)
    ident_bits = [c.L('Patient : ', 'Patient: ') + c.name(p, c.choice([0, 1, 6]))]
    if c.chance(0.8):
        ident_bits.append(c.L('Date de naissance : ', 'Date of birth: ') + c.dob(p))
        c.t('date_of_birth')
    if p.get('nam'):
        ident_bits.append(c.L('NAM : ', 'RAMQ no.: ') + c.nam(p))
        c.t('ramq_nam')
    if p.get('ohip') and c.chance(0.6):
        ident_bits.append('Health card: ' if not c.fr else 'Carte santé : ')
        ident_bits[-1] += C.fmt_ohip(p['ohip'], c.rng)
        c.t('ca_health_number')
    if c.chance(0.35):
        ident_bits.append(c.L('Téléphone : ', 'Phone: ') + p['tel'])
        c.t('patient_contact')
    form = '\n'.join(ident_bits)
    intro = c.L(c.choice(["Demande de renouvellement d'ordonnance pour le patient suivant :",
                          'Pourriez-vous renouveler les médicaments suivants? Le patient n\'a plus de renouvellements.',
                          'Renouvellement demandé (ordonnances échues) :']),
                c.choice(['Renewal request for the following patient:',
                          'Please authorize refills for the medications below - no repeats left.',
                          'Refill authorization requested:']))
    ask = c.L("Merci de nous retourner l'autorisation signée par télécopieur. Sans nouvelles d'ici 72 h, "
              "j'effectuerai une prolongation selon l'article 1 du Règlement.",
              'Please sign and fax back. If we do not hear back within 3 business days we will extend the '
              'prescription as permitted.') if c.chance(0.6) else ''
    mode = None
    atts = []
    if c.chance(0.4):
        # the filled-in fax form as PDF; body stays short
        pdf_lines = form.split('\n') + ['', c.L('Médicaments :', 'Medications:')] + lines + [
            '', c.L('Prescripteur : ', 'Prescriber: ') + doc['disp'] + ' - ' + doc['lic'],
            c.L('Signature : ____________________', 'Signature: ____________________')]
        fname = c.L('demande_renouvellement_%s.pdf', 'refill_request_%s.pdf') % c.choice(
            [p['surname'], c.today.strftime('%Y%m%d'), 'fax%04d' % c.rng.randrange(10000)])
        atts.append({'filename': fname, 'ctype': 'application/pdf',
                     'data': A.make_pdf(c.L('Demande de renouvellement', 'Prescription renewal request'),
                                        pdf_lines, compress=c.chance(0.5), author=ph['name'])})
        text = join(c.greet(doc), c.L('Voir la demande de renouvellement ci-jointe pour %s.' % c.name(p, 5),
                                      'Please see attached refill request for %s.' % c.name(p, 5)),
                    ask, c.close(), c.signature(rx, ph))
    else:
        text = join(c.greet(doc), intro, form, c.L('Médicaments :', 'Medications:') + '\n' + medtxt, ask,
                    c.close(), c.signature(rx, ph), c.disclaimer() if c.chance(0.3) else '')
    subj = c.choice([c.L('Demande de renouvellement - %s', 'Refill request - %s') % c.name(p, c.choice([2, 6, 0])),
                     c.L('Renouvellement', 'Renewal request'),
                     c.L('Fax - demande de renouvellement (%d méd.)', 'Fax - refill request (%d meds)') % len(meds)])
    return c.spec('renewal_request', subj, text, (ph['name'], c.generic_addr('labo', ph['domain'])),
                  [(doc['disp'], c.addr_of(doc, cl['domain']))], attachments=atts, mode=mode,
                  note='renewal request listing patient meds')


# ------------------------------------------------------------------ 3
def med_reconciliation(c):
    region = c.set_region()
    h = c.hospital()
    ph = c.pharmacy()
    rx = c.pharmacist()
    hosp_rx = c.pharmacist(hosp=True)
    use_nam = region == 'QC' and c.chance(0.5)
    p = c.patient(nam=use_nam, min_age=50, hosp=h)
    dx = c.choice(D.CONDITIONS[:14])
    meds = c.rng.sample(D.DRUGS[:8] + D.DRUGS[12:15] + D.DRUGS[20:24] + D.DRUGS[27:29], c.rng.randrange(4, 9))
    c.t('patient_name', 'medication', 'mrn')
    rows = [[c.L('Médicament', 'Medication'), c.L('Posologie', 'Directions'), c.L('Dernier service', 'Last fill'),
             c.L('Prescripteur', 'Prescriber'), c.L('Remarque', 'Comment')]]
    for d in meds:
        rows.append([d[1] if c.fr else d[0], d[6] if c.fr else d[7],
                     C.fmt_date(c.days(-c.rng.randrange(3, 80)), c.lang, 1),
                     c.doctor()['disp'], c.choice(['', '', c.L('pilulier', 'blister pack'),
                                                    c.L('non pris depuis 2 sem.', 'not taking x2 wks')])])
    ident = [c.L('Nom : ', 'Name: ') + c.name(p, c.choice([0, 1, 6])),
             c.L('No dossier : ', 'MRN: ') + c.mrn(p)]
    if c.chance(0.7):
        ident.append(c.L('DDN : ', 'DOB: ') + c.dob(p))
        c.t('date_of_birth')
    if p.get('nam'):
        ident.append('NAM : ' + c.nam(p) if c.fr else 'RAMQ: ' + c.nam(p))
        c.t('ramq_nam')
    if c.chance(0.5):
        ident.append(c.L('Motif d\'admission : ', 'Admitting dx: ') + (dx[0] if c.fr else dx[1]))
        c.t('diagnosis')
    allergies = c.choice([c.L('Aucune allergie connue', 'NKDA'), c.L('Allergie : sulfamidés', 'Allergy: sulfa'),
                          c.L('Allergie : codéine (nausées)', 'Allergy: codeine (nausea)')])
    ident.append(allergies)
    fmt = c.choice(['xlsx', 'pdf', 'docx', 'inline', 'html'])
    atts, html, mode = [], None, None
    direction = c.choice(['to_hosp', 'to_comm'])
    if direction == 'to_hosp':
        sender, sorg = rx, ph
        receiver, rorg = hosp_rx, h
        intro = c.L('Voici le profil pharmacologique demandé pour le BCM à l\'admission.',
                    'As requested, here is the community medication profile for the BPMH.')
    else:
        sender, sorg = hosp_rx, h
        receiver, rorg = rx, ph
        intro = c.L('Voici le bilan comparatif de départ. Changements : voir colonne Remarque.',
                    'Discharge medication reconciliation below - changes noted in the Comment column.')
    base = 'BCM' if c.fr else c.choice(['BPMH', 'MedRec'])
    fname = '%s_%s_%s' % (base, p['surname'] if c.chance(0.6) else p['mrn'], c.today.strftime('%Y%m%d'))
    if fmt == 'xlsx':
        atts.append({'filename': fname + '.xlsx',
                     'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     'data': A.make_xlsx([(base, [[x] for x in ident] + [[]] + rows)], author=sender['full'])})
        body = join(intro, c.L('Fichier joint.', 'Attached.'))
    elif fmt == 'pdf':
        atts.append({'filename': fname + '.pdf', 'ctype': 'application/pdf',
                     'data': A.make_pdf(c.L('Bilan comparatif des médicaments', 'Medication reconciliation'),
                                        ident, compress=c.chance(0.5), table=rows, author=sender['full'])})
        body = join(intro, c.L('Voir le PDF ci-joint.', 'See PDF attached.'))
    elif fmt == 'docx':
        atts.append({'filename': fname + '.docx',
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': A.make_docx(c.L('Bilan comparatif des médicaments', 'Medication reconciliation'),
                                         ident, table=rows, author=sender['full'])})
        body = join(intro, c.L('Document Word ci-joint.', 'Word document attached.'))
    elif fmt == 'html':
        import html as H
        trs = ''.join('<tr>%s</tr>' % ''.join('<td style="border:1px solid #999;padding:2px 6px">%s</td>'
                                              % H.escape(str(x)) for x in r) for r in rows)
        body = ''
        html = ('<html><body style="font-family:Calibri,sans-serif"><p>%s</p><p>%s</p>'
                '<table style="border-collapse:collapse">%s</table><p>%s</p></body></html>'
                % (H.escape(intro), '<br>'.join(H.escape(x) for x in ident), trs, H.escape(sender['full'])))
        mode = c.choice(['html', 'alt'])
    else:
        body = join(intro, '\n'.join(ident), '\n'.join(' | '.join(r) for r in rows))
    text = join(c.greet(receiver), body, c.close(), c.signature(sender, sorg))
    if html is not None and mode == 'alt':
        text = join(c.greet(receiver), intro, '\n'.join(ident), '\n'.join(' | '.join(r) for r in rows),
                    c.close(), sender['full'])
    elif html is not None:
        text = ''
    subj = c.choice([c.L('BCM - %s', 'BPMH - %s') % c.name(p, c.choice([1, 2, 6])),
                     c.L('Bilan comparatif - dossier %s', 'Med rec - MRN %s') % p['mrn'],
                     c.L('Profil pharmaco demandé', 'Medication profile as requested')])
    return c.spec('med_reconciliation', subj, text, (sender['full'], c.addr_of(sender, sorg['domain'])),
                  [(receiver['full'], c.addr_of(receiver, rorg['domain']))], attachments=atts, html=html,
                  mode=mode, note='medication reconciliation (%s)' % fmt)


# ------------------------------------------------------------------ 4
def dispensing_error(c):
    region = c.set_region()
    ph = c.pharmacy() if c.chance(0.6) else None
    h = c.hospital()
    org = ph or h
    mgr = c.pharmacist(hosp=ph is None)
    me = c.pharmacist(hosp=ph is None)
    p = c.patient(nam=region == 'QC' and c.chance(0.4), min_age=30, hosp=h if not ph else None)
    pairs = [('hydromorphone', 'morphine', c.L('10 fois la dose', 'a 10-fold overdose')),
             ('methotrexate', 'metformin', c.L('mauvais médicament', 'wrong drug')),
             ('levothyroxine', 'levothyroxine', c.L('mauvaise teneur (100 mcg au lieu de 50 mcg)',
                                                    'wrong strength (100 mcg instead of 50 mcg)')),
             ('quetiapine', 'sertraline', c.L('pilulier d\'un autre patient', 'another patient\'s blister pack'))]
    wanted, given, what = c.choice(pairs)
    c.t('patient_name', 'medication')
    harm = c.choice([c.L('Aucune conséquence, erreur interceptée par la patiente à la maison.',
                         'No harm - the patient noticed at home.'),
                     c.L('Somnolence importante, évaluée à l\'urgence, congé le lendemain.',
                         'Significant drowsiness, seen in ED and discharged next day.'),
                     c.L('Nausées x 2 jours, suivi téléphonique fait.', 'Nausea for 2 days, phone follow-up done.')])
    ident = c.name(p, c.choice([0, 1, 7]))
    extra = []
    if p.get('nam'):
        extra.append(c.L('NAM ', 'RAMQ ') + c.nam(p))
        c.t('ramq_nam')
    if p.get('mrn'):
        extra.append(c.L('dossier ', 'chart ') + c.mrn(p))
        c.t('mrn')
    if c.chance(0.5):
        extra.append(c.L('DDN ', 'DOB ') + c.dob(p))
        c.t('date_of_birth')
    ident += (' (' + ', '.join(extra) + ')') if extra else ''
    body = c.L(
        "Déclaration d'incident/accident (AH-223) à compléter : le %s, %s a reçu du %s au lieu du %s — %s. %s\n\n"
        "Analyse préliminaire : ordonnance saisie par un ATP en remplacement, vérification contenant-contenu "
        "faite en fin de quart. Divulgation faite {DISC} par téléphone le jour même."
        % (C.fmt_date(c.days(-c.rng.randrange(1, 6)), 'fr', 0), ident, D.drug_by(given)[1], D.drug_by(wanted)[1], what, harm),
        "Incident report to file: on %s, %s received %s instead of %s - %s. %s\n\nPreliminary review: "
        "entered by a relief technician, final check done at end of shift. Disclosure to the patient by phone "
        "the same day." % (C.fmt_date(c.days(-c.rng.randrange(1, 6)), 'en', 0), ident, given, wanted, what, harm))
    body = body.replace('{DISC}', c.g(p, 'au patient', 'à la patiente'))
    atts = []
    if c.chance(0.4):
        atts.append({'filename': c.L('AH-223_%s.docx', 'incident_report_%s.docx') % c.today.strftime('%Y-%m-%d'),
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': A.make_docx(c.L('Rapport de déclaration d\'incident ou d\'accident',
                                             'Medication incident report'), body.split('\n\n'),
                                         author=me['full'])})
        body = c.L('Rapport en pièce jointe; détails sommaires : ', 'Report attached; summary: ') + \
            c.L('%s a reçu le mauvais médicament.', '%s received the wrong medication.') % ident
    text = join(c.greet(mgr), body, c.close(), me['full'] + '\n' + me['title'] + '\n' + org['name'])
    subj = c.choice([c.L('Incident de distribution', 'Dispensing incident'),
                     c.L('AH-223 à signer - %s', 'Incident - %s') % p['surname'],
                     c.L('Erreur de service – suivi', 'Dispensing error - follow-up')])
    return c.spec('dispensing_error', subj, text, (me['full'], c.addr_of(me, org['domain'])),
                  [(mgr['full'], c.addr_of(mgr, org['domain']))], attachments=atts,
                  note='dispensing error involving identified patient')


# ------------------------------------------------------------------ 5
def interaction_alert(c):
    region = c.set_region()
    ph = c.pharmacy() if c.chance(0.6) else c.hospital()
    rx = c.pharmacist(hosp='mrn_len' in ph)
    doc = c.doctor()
    cl = c.clinic()
    p = c.patient(nam=region == 'QC' and c.chance(0.45), min_age=40)
    c.t('patient_name', 'medication', 'lab_result')
    scen = c.choice(['warfarin', 'lithium', 'tacrolimus', 'spiro'])
    ident = _ident_line(c, p, with_dob=c.chance(0.5), with_ohip=c.chance(0.4))
    if scen == 'warfarin':
        inr = c.choice(['3,9', '4,4', '5,1']) if c.fr else c.choice(['3.9', '4.4', '5.1'])
        body = c.L(
            "%s est sous warfarine (FA) et a commencé du fluconazole 150 mg il y a 3 jours (prescrit au sans "
            "rendez-vous). L'INR de ce matin est à %s (cible 2-3). Je suggère de suspendre la dose de ce soir et "
            "de reprendre à dose réduite; nouveau contrôle INR dans 3 jours. Êtes-vous d'accord?" % (ident, inr),
            "%s is on warfarin (AF) and started fluconazole 150 mg 3 days ago (walk-in clinic). INR this morning "
            "is %s (target 2-3). Suggest holding tonight's dose and resuming at a reduced dose, repeat INR in 3 "
            "days. OK with you?" % (ident, inr))
        c.t('diagnosis')
    elif scen == 'lithium':
        li = c.choice(['1,4', '1,6']) if c.fr else c.choice(['1.4', '1.6'])
        body = c.L(
            "Interaction importante : %s prend du lithium 300 mg 2 caps BID et on lui a ajouté de l'ibuprofène "
            "600 mg TID + ramipril. Lithémie d'hier : %s mmol/L, avec tremblements. Je lui ai conseillé de cesser "
            "l'AINS; pouvez-vous réévaluer le ramipril?" % (ident, li),
            "Significant interaction: %s is on lithium 300 mg 2 caps BID and was started on ibuprofen 600 mg TID "
            "plus ramipril. Lithium level yesterday %s mmol/L with tremor. I've told them to stop the NSAID; "
            "could you review the ramipril?" % (ident, li))
    elif scen == 'tacrolimus':
        lvl = c.rng.randrange(14, 22)
        body = c.L(
            "%s sous tacrolimus, %s a reçu de la clarithromycine pour une pneumonie. Taux "
            "résiduel de tacrolimus : %d µg/L (cible 5-8), créatinine en hausse à %d. Suggestion : azithromycine à "
            "la place et avis à l'équipe de greffe." % (c.g(p, 'Greffé rénal', 'Greffée rénale'), ident, lvl, c.rng.randrange(150, 220)),
            "Kidney transplant patient %s on tacrolimus was given clarithromycin for pneumonia. Tacrolimus trough "
            "%d ug/L (target 5-8), creatinine up to %d. Suggest azithromycin instead and a heads-up to the "
            "transplant team." % (ident, lvl, c.rng.randrange(150, 220)))
        c.t('diagnosis')
    else:
        k = c.choice(['5,9', '6,2']) if c.fr else c.choice(['5.9', '6.2'])
        body = c.L(
            "Kaliémie à %s mmol/L ce matin pour %s (IC, IRC) : spironolactone 25 mg + ramipril 10 mg + "
            "suppléments de KCl toujours actifs au dossier. Devrait-on cesser le KCl?" % (k, ident),
            "Potassium %s mmol/L this morning for %s (HF, CKD): spironolactone 25 mg + ramipril 10 mg + KCl "
            "supplements still active. Should we stop the KCl?" % (k, ident))
        c.t('diagnosis')
    text = join(c.greet(doc), body, c.close(), c.signature(rx, ph))
    subj = c.choice([c.L('Interaction médicamenteuse - %s', 'Drug interaction - %s') % c.name(p, c.choice([2, 4, 5])),
                     c.L('URGENT : interaction', 'URGENT: interaction'),
                     c.L('Avis pharmaceutique', 'Pharmacist recommendation')])
    return c.spec('interaction_alert', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(doc['disp'], c.addr_of(doc, cl['domain']))], note='interaction with lab value (%s)' % scen)


# ------------------------------------------------------------------ 6
def compounding_request(c):
    region = c.set_region()
    ph = c.pharmacy()
    comp = c.pharmacist()
    rx = c.pharmacist()
    kid = c.chance(0.6)
    p = c.patient(nam=region == 'QC' and c.chance(0.5), min_age=0 if kid else 30, max_age=11 if kid else 90)
    c.t('patient_name', 'medication')
    if kid:
        wt = round(c.rng.uniform(4, 30), 1)
        prep = c.choice([('oméprazole 2 mg/mL suspension orale', 'omeprazole 2 mg/mL oral suspension', 'RGO', 'GERD'),
                         ('énalapril 1 mg/mL', 'enalapril 1 mg/mL oral solution', 'cardiopathie congénitale',
                          'congenital heart disease'),
                         ('baclofène 5 mg/mL', 'baclofen 5 mg/mL suspension', 'paralysie cérébrale', 'cerebral palsy')])
        body = c.L(
            "Préparation magistrale demandée pour %s, %d an%s, %s kg (%s) : %s, 100 mL, dose 1 mg/kg/jour. "
            "La mère passera la chercher jeudi. Peux-tu confirmer la date limite d'utilisation et le prix pour le "
            "carnet?" % (c.name(p, 0), p['age'], 's' if p['age'] > 1 else '', str(wt).replace('.', ','), prep[2], prep[0]),
            "Compounding request for %s, age %d, %s kg (%s): %s, 100 mL, dose 1 mg/kg/day. Mom will pick it up "
            "Thursday. Can you confirm the BUD and the price?" % (c.name(p, 0), p['age'], wt, prep[3], prep[1]))
        c.t('diagnosis')
    else:
        prep = c.choice([('crème de progestérone 10 % (60 g)', 'progesterone 10% cream (60 g)', 'ménopause', 'menopause'),
                         ('onguent diltiazem 2 % (30 g)', 'diltiazem 2% ointment (30 g)', 'fissure anale', 'anal fissure'),
                         ('rince-bouche magique lidocaïne/Maalox/diphenhydramine (240 mL)',
                          'magic mouthwash - lidocaine/Maalox/diphenhydramine (240 mL)',
                          'mucosite post-radiothérapie', 'mucositis after radiation')])
        body = c.L(
            "Pourrais-tu préparer %s pour %s? Indication : %s. Ordonnance du Dr %s en pièce jointe. "
            "Livraison à la succursale de %s." % (prep[0], c.name(p, c.choice([0, 1, 7])), prep[2],
                                                  c.staff()['surname'], ph['city']),
            "Could you compound %s for %s? Indication: %s. Dr. %s's Rx attached. Deliver to our %s "
            "store." % (prep[1], c.name(p, c.choice([0, 1, 7])), prep[3], c.staff()['surname'], ph['city']))
        c.t('diagnosis')
    ident = []
    if p.get('nam'):
        ident.append(c.L('NAM : ', 'RAMQ: ') + c.nam(p))
        c.t('ramq_nam')
    if c.chance(0.6):
        ident.append(c.L('DDN : ', 'DOB: ') + c.dob(p))
        c.t('date_of_birth')
    atts = []
    if c.chance(0.5):
        rxlines = [c.name(p, 0), c.L('DDN ', 'DOB ') + p['dob'].isoformat()] + ident + [
            '', prep[0] if c.fr else prep[1], c.L('Qté : 1 flacon / 1 tube', 'Qty: 1'), c.L('Ren. : 2', 'Refills: 2')]
        c.t('date_of_birth')
        atts.append({'filename': c.L('ordonnance_%s.pdf', 'rx_%s.pdf') % C.email_local(p).replace('.', '_'),
                     'ctype': 'application/pdf', 'data': A.make_pdf(c.L('Ordonnance', 'Prescription'), rxlines,
                                                                     compress=c.chance(0.5))})
    text = join(c.greet(comp), body, '\n'.join(ident), c.close(), rx['full'] + '\n' + ph['name'])
    subj = c.choice([c.L('Prépa magistrale', 'Compound request'),
                     c.L('Magistrale - %s', 'Compounding - %s') % p['surname'],
                     c.L('Demande de préparation stérile/non stérile', 'Non-sterile compounding request')])
    return c.spec('compounding_request', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(comp['full'], c.generic_addr('magistrales', ph['domain']))], attachments=atts,
                  note='compounding request for named patient')


# ------------------------------------------------------------------ 7
def shortage_patient(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    doc = c.doctor()
    cl = c.clinic()
    p = c.patient(nam=region == 'QC' and c.chance(0.4), min_age=10)
    d = D.drug_by(c.choice(['methylphenidate', 'semaglutide', 'salbutamol', 'amoxicillin', 'quetiapine']))
    c.t('patient_name', 'medication')
    dx = {'methylphenidate': ('TDAH', 'ADHD'), 'semaglutide': ('diabète de type 2', 'type 2 diabetes'),
          'salbutamol': ('asthme', 'asthma'), 'amoxicillin': ('otite moyenne', 'otitis media'),
          'quetiapine': ('trouble bipolaire', 'bipolar disorder')}[d[0]]
    with_dx = c.chance(0.6)
    if with_dx:
        c.t('diagnosis')
    ident = _ident_line(c, p, with_dob=c.chance(0.5))
    body = c.L(
        "Rupture d'approvisionnement de %s (%s) chez notre grossiste jusqu'en %s. Pour %s%s, je propose une "
        "substitution par %s. En vertu de l'article 17 de la Loi sur la pharmacie, je peux substituer en cas de "
        "rupture, mais je préfère votre accord vu le contexte clinique."
        % (d[1], d[2][0], C.MOIS[(c.today.month + 1) % 12], ident,
           (' (' + dx[0] + ')') if with_dx else '', c.choice(['une autre teneur équivalente', 'le générique d\'un autre fabricant',
                                                               'une molécule de la même classe'])),
        "%s %s is on back-order with our wholesaler until %s. For %s%s I'd suggest switching to %s. I can do a "
        "therapeutic substitution for a shortage, but wanted your OK given the clinical picture."
        % (d[0], d[2][0].replace(',', '.'), C.MONTHS[(c.today.month + 1) % 12], ident, (' (' + dx[1] + ')') if with_dx else '',
           c.choice(['an equivalent strength combination', 'another manufacturer\'s generic', 'a same-class alternative'])))
    text = join(c.greet(doc), body, c.close(), c.signature(rx, ph))
    subj = c.choice([c.L('Rupture - substitution pour %s', 'Shortage - substitution for %s') % c.name(p, c.choice([2, 4, 5])),
                     c.L('Rupture de stock %s', '%s shortage') % (d[1] if c.fr else d[0])])
    if c.chance(0.3):
        # forwarded inline by the clinic secretary to the MD
        sec = c.staff()
        fw = c.forward_head('%s <%s>' % (rx['full'], c.addr_of(rx, ph['domain'])), c.earlier(2, 30),
                            c.generic_addr('reception', cl['domain']), subj)
        text = join(c.L('Dr %s, pour vous. Merci', 'Dr. %s - for you, thanks') % doc['surname'], sec['given'],
                    fw + '\n' + text)
        subj = c.L('TR: ', 'Fwd: ') + subj
        return c.spec('shortage_patient', subj, text, (sec['full'], c.addr_of(sec, cl['domain'])),
                      [(doc['disp'], c.addr_of(doc, cl['domain']))], note='shortage substitution for named patient (fwd)')
    return c.spec('shortage_patient', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(doc['disp'], c.addr_of(doc, cl['domain']))], note='shortage substitution for named patient')
