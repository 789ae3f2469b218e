"""Positive templates A: referrals, consultation replies, clearances, insurers, labs, pharmacy."""
from gen_world import (DX_ORAL, DX_MED, MEDS, RX_DENT, PROCS, TEETH, TEETH_3M, pick, pick_lab, pick_pair, pick_dxmed)
from gen_tpl import (fsafe, lazy, mk, sig, hello, bye, pdf_att, docx_att, re_, fw_, earlier, quoted, appt, appt_str,
                     filesafe, pt, il)


def _hx(ctx, p, n=None):
    """A short medical-history line with conditions and medications."""
    rng = ctx.rng
    n = n if n is not None else rng.randrange(1, 3)
    items = []
    for _ in range(n):
        items.append(ctx.dx(pick_dxmed(rng, ctx.lang, p)))
    meds = ctx.med(pick(rng, MEDS, ctx.lang))
    if ctx.lang == 'fr':
        return 'Antécédents : %s. Médication : %s.' % ('; '.join(items), meds)
    return 'History: %s. Medications: %s.' % ('; '.join(items), meds)


# ------------------------------------------------------------------ P1 referral to OMFS
def p_referral(w, ctx):
    rng = ctx.rng
    dent = w.s('dentist')
    surg = w.s('omfs')
    sec = w.s('omfs_sec')
    p = w.holder_or_patient(ctx.lang, 0.6, min_age=16, max_age=85)
    dx = ctx.dx(pick_pair(rng, ctx.lang)[0])
    ident = []
    name = ctx.name(p)
    if p.nam:
        ident.append(('NAM : ' if ctx.lang == 'fr' else 'RAMQ: ') + ctx.nam(p))
    ident.append(('DDN : ' if ctx.lang == 'fr' else 'DOB: ') + ctx.dob(p))
    if rng.random() < 0.5:
        ident.append(('Tél. : ' if ctx.lang == 'fr' else 'Phone: ') + ctx.phone(p))
    hx = _hx(ctx, p)
    allergy = rng.choice([None, 'pénicilline', 'sulfa', 'latex', 'codéine'])
    if ctx.lang == 'fr':
        subj = rng.choice(['Référence chirurgie buccale - %s' % name, 'Nouvelle référence', 'Demande de consultation - %s' % p.surname,
                           'Référence : %s' % dx])
        body = [hello(ctx, surg.short('fr')),
                'Je vous réfère %s pour évaluation et traitement : %s.' % (name, dx),
                '\n'.join(ident),
                hx + (' Allergie : %s.' % allergy if allergy else ' Aucune allergie connue.'),
                rng.choice(['La pano est jointe. Merci de communiquer directement avec %s pour le rendez-vous.' % pt(ctx, p),
                            'Radiographie panoramique prise le %s, disponible sur demande.' % earlier(ctx, 24, 400).strftime('%Y-%m-%d'),
                            '%s est très anxieu%s, une sédation serait souhaitable.' % (il(ctx, p), 'se' if p.sex == 'F' else 'x')]),
                bye(ctx), sig(ctx, dent)]
    else:
        subj = rng.choice(['Referral - %s' % name, 'OMFS referral', 'New referral: %s' % dx, 'Referral for %s' % p.surname])
        body = [hello(ctx, surg.short('en')),
                'Please see %s for assessment and management of %s.' % (name, dx),
                '\n'.join(ident),
                hx + (' Allergy: %s.' % {'pénicilline': 'penicillin', 'codéine': 'codeine'}.get(allergy, allergy) if allergy else ' NKDA.'),
                rng.choice(['Pano attached. The patient can be reached directly for booking.',
                            'CBCT was taken at our office; I can send the DICOM files through the portal.',
                            'The patient is quite anxious and would prefer IV sedation.']),
                bye(ctx), sig(ctx, dent)]
    atts = []
    if rng.random() < 0.45:
        fn = ('Reference_%s.pdf' if ctx.lang == 'fr' else 'Referral_%s.pdf') % fsafe(ctx, p.surname)
        rb = [('h', 'Patient'), '%s\n%s' % (name, '\n'.join(ident)), ('h', ctx.fr('Motif', 'Reason')), dx, hx]
        atts.append(pdf_att(fn, ctx.fr('Formulaire de référence', 'Referral form'), rb, dent.full))
    return mk(ctx, 'referral', 'dentist referral to OMFS with history', dent, [surg], subj, body,
              cc=[sec] if rng.random() < 0.5 else [], atts=atts)


# ------------------------------------------------------------------ P2 consultation reply
def p_consult_reply(w, ctx):
    rng = ctx.rng
    surg = w.s('omfs')
    dent = w.s('dentist') if rng.random() < 0.7 else w.s('md')
    p = w.holder_or_patient(ctx.lang, 0.5)
    dx, proc = pick_pair(rng, ctx.lang)
    dx = ctx.dx(dx)
    rx = ctx.med(pick(rng, RX_DENT, ctx.lang))
    name = ctx.name(p)
    d = appt(ctx, 5, 40)
    if ctx.lang == 'fr':
        subj = rng.choice(['Consultation - %s' % name, 'Suivi de votre référence', 'RE: Référence - %s' % p.surname,
                           'Rapport de consultation'])
        body = [hello(ctx, dent.short('fr')),
                'Merci pour la référence de %s, vu%s en consultation le %s.' % (name, 'e' if p.sex == 'F' else '',
                                                                             earlier(ctx, 24, 200).strftime('%Y-%m-%d')),
                'Impression : %s. Nous avons planifié : %s, le %s.' % (dx, proc, appt_str(d, 'fr', rng.randrange(2))),
                'Prescription remise : %s.' % rx + (' (NAM %s)' % ctx.nam(p) if p.nam and rng.random() < 0.5 else ''),
                rng.choice(['Je vous enverrai le protocole opératoire après l\'intervention.',
                            'Je vous suggère de reporter le traitement orthodontique de 3 mois.',
                            'Le patient sera revu 1 semaine post-op à notre clinique.']),
                bye(ctx), sig(ctx, surg)]
    else:
        subj = rng.choice(['Consult note - %s' % name, 'Re: your referral', 'Consultation report', 'Seen today: %s' % p.surname])
        body = [hello(ctx, dent.short('en')),
                'Thank you for referring %s, whom I saw on %s.' % (name, earlier(ctx, 24, 200).strftime('%B %d')),
                'Impression: %s. Plan: %s, booked for %s.' % (dx, proc, appt_str(d, 'en', rng.randrange(2))),
                'Prescribed: %s.' % rx + (' (RAMQ %s)' % ctx.nam(p) if p.nam and rng.random() < 0.5 else ''),
                rng.choice(['I will forward the operative note afterwards.',
                            'Please hold any restorative work in that quadrant until healing is complete.',
                            'We will follow up at one week post-op.']),
                bye(ctx), sig(ctx, surg)]
    atts = []
    if rng.random() < 0.4:
        blocks = ['%s: %s' % (ctx.fr('Patient', 'Patient'), name)]
        if p.nam and rng.random() < 0.6:
            blocks.append('NAM: ' + ctx.nam(p))
        blocks.append(ctx.fr('Dossier : ', 'Chart: ') + ctx.mrn(p))
        blocks += [('h', ctx.fr('Impression', 'Impression')), dx, ('h', 'Plan'), proc, rx]
        atts.append(docx_att(ctx.fr('Lettre_consultation_', 'Consult_letter_') + fsafe(ctx, p.surname) + '.docx',
                             ctx.fr('Lettre de consultation', 'Consultation letter'), blocks, surg.full))
    return mk(ctx, 'consult_reply', 'OMFS consultation reply to referring clinician', surg, [dent], subj, body, atts=atts)


# ------------------------------------------------------------------ P3 medical clearance request
def p_clearance_request(w, ctx):
    rng = ctx.rng
    md = w.s(rng.choice(['md', 'onco']))
    dent = w.s('dentist')
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=40, max_age=88)
    kind = rng.randrange(3)
    name = ctx.name(p)
    if kind == 0:
        why = ctx.dx(ctx.fr('carcinome épidermoïde de l\'amygdale, radiothérapie débutant dans 3 semaines',
                            'tonsillar squamous cell carcinoma, radiotherapy starting in 3 weeks'))
    elif kind == 1:
        why = ctx.med(ctx.fr('début de zolédronate IV prévu (métastases osseuses)',
                             'planned start of IV zoledronic acid (bone metastases)'))
        ctx.add('diagnosis')   # bone metastases
    else:
        why = ctx.dx(ctx.fr('remplacement valvulaire aortique prévu', 'scheduled aortic valve replacement'))
    ids = [ctx.fr('DDN ', 'DOB ') + ctx.dob(p)]
    if p.nam:
        ids.append('NAM ' + ctx.nam(p))
    else:
        ids.append(ctx.fr('Dossier ', 'MRN ') + ctx.mrn(p))
    if ctx.lang == 'fr':
        subj = rng.choice(['Évaluation dentaire urgente avant traitement', 'Demande de bilan dentaire - %s' % name,
                           'Clairance dentaire SVP'])
        body = [hello(ctx),
                'Pourriez-vous voir rapidement %s (%s) pour un bilan dentaire complet? Contexte : %s.' % (name, ', '.join(ids), why),
                'Nous aurions besoin de savoir s\'il y a des foyers infectieux à traiter avant le début du traitement. '
                'Merci de faxer votre rapport au %s.' % w.org(md.org).fax,
                bye(ctx), sig(ctx, md)]
    else:
        subj = rng.choice(['Urgent dental clearance', 'Dental assessment before treatment - %s' % name,
                           'Request: pre-treatment dental evaluation'])
        body = [hello(ctx),
                'Could you see %s (%s) for a full dental assessment? Context: %s.' % (name, ', '.join(ids), why),
                'We need to know whether any infectious foci must be treated before therapy begins. '
                'Please fax your report to %s.' % w.org(md.org).fax,
                bye(ctx), sig(ctx, md)]
    return mk(ctx, 'clearance_request', 'physician asks dental clearance before therapy', md, [dent], subj, body)


# ------------------------------------------------------------------ P4 clearance reply
def p_clearance_reply(w, ctx):
    rng = ctx.rng
    dent = w.s('dentist')
    md = w.s(rng.choice(['md', 'onco']))
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=40, max_age=88)
    name = ctx.name(p)
    t1, t2 = rng.sample(TEETH, 2)
    dx = ctx.dx(pick(rng, DX_ORAL[1:3], ctx.lang, t=t1))
    old = earlier(ctx, 48, 300)
    if ctx.lang == 'fr':
        subj = re_(ctx, 'Clairance dentaire - %s' % name)
        body = [hello(ctx, md.short('fr')),
                'Suite à votre demande : examen complété. Trouvailles : %s; carie profonde sur la %s.' % (dx, t2),
                'Extractions de la %s et de la %s faites le %s sans complication. %s peut débuter son traitement.' % (
                    t1, t2, old.strftime('%Y-%m-%d'), pt(ctx, p, True)),
                'Je recommande : %s.' % ctx.med(pick(rng, RX_DENT[10:11] + RX_DENT[2:3], 'fr')),
                bye(ctx), sig(ctx, dent),
                quoted(ctx, md, dent, earlier(ctx, 300, 600), 'Clairance dentaire - %s' % name,
                       ['Merci de voir ce patient avant le début du traitement.'])]
    else:
        subj = re_(ctx, 'Dental clearance - %s' % name)
        body = [hello(ctx, md.short('en')),
                'Examination completed. Findings: %s; deep caries on %s.' % (dx, t2),
                '%s and %s were extracted on %s without complication; the patient may proceed.' % (
                    t1, t2, old.strftime('%b %d')),
                'Recommended: %s.' % ctx.med(pick(rng, RX_DENT[10:11] + RX_DENT[2:3], 'en')),
                bye(ctx), sig(ctx, dent)]
    return mk(ctx, 'clearance_reply', 'dentist reports clearance findings to physician', dent, [md], subj, body)


# ------------------------------------------------------------------ P5 insurer predetermination (SIN)
def p_predetermination(w, ctx):
    rng = ctx.rng
    dent = w.s(rng.choice(['dentist', 'recep', 'mgr']))
    ins = w.s(rng.choice(['insurer', 'insurer2']))
    p = w.patient(ctx.lang, min_age=25, max_age=70)
    t = rng.choice(TEETH)
    name = ctx.name(p, rng.choice([0, 1, 7]))
    sin = ctx.sin(p)
    policy = '%d-%05d' % (rng.randrange(10, 99), rng.randrange(10 ** 5))
    dx = ctx.dx(pick(rng, DX_ORAL[13:14], ctx.lang, t=t) if rng.random() < 0.6 else
                ctx.fr('fracture de la %s suite à une chute' % t, 'fracture of %s after a fall' % t))
    codes = [('79601', ctx.fr('Implant endo-osseux %s' % t, 'Endosseous implant %s' % t), '2 450,00 $'),
             ('27201', ctx.fr('Couronne sur implant', 'Implant-supported crown'), '1 380,00 $'),
             ('71101', ctx.fr('Extraction simple', 'Simple extraction'), '185,00 $')]
    rows = codes[:rng.randrange(2, 4)]
    if ctx.lang == 'fr':
        subj = rng.choice(['Prédétermination - police %s' % policy, 'Plan de traitement à approuver - %s' % name,
                           'Demande de prédétermination'])
        body = [hello(ctx),
                'Veuillez trouver ci-joint la demande de prédétermination pour %s, adhérent principal, police %s.' % (name, policy),
                'NAS du titulaire (exigé par votre formulaire) : %s. Date de naissance : %s.' % (sin, ctx.dob(p)),
                'Diagnostic : %s.' % dx,
                ('table', ['Code', 'Description', 'Honoraires'], rows),
                bye(ctx), sig(ctx, dent)]
    else:
        subj = rng.choice(['Predetermination - policy %s' % policy, 'Treatment plan for approval - %s' % name,
                           'Pre-authorization request'])
        body = [hello(ctx),
                'Attached is the predetermination for %s (plan member), policy %s.' % (name, policy),
                'Member SIN as requested on your form: %s. Date of birth: %s.' % (sin, ctx.dob(p)),
                'Diagnosis: %s.' % dx,
                ('table', ['Code', 'Description', 'Fee'], rows),
                bye(ctx), sig(ctx, dent)]
    atts = []
    if rng.random() < 0.5:
        atts.append(pdf_att('Predetermination_%s.pdf' % policy, ctx.fr('Demande de prédétermination', 'Predetermination'),
                            [name, 'SIN/NAS: ' + sin, dx, ('table', ['Code', 'Description', 'Fee'], rows)]))
    return mk(ctx, 'predetermination', 'insurer predetermination with member SIN', dent, [ins], subj, body, atts=atts)


# ------------------------------------------------------------------ P6 insurer reply with quote
def p_insurer_reply(w, ctx):
    rng = ctx.rng
    ins = w.s('insurer')
    dent = w.s(rng.choice(['recep', 'mgr', 'dentist']))
    p = w.holder_or_patient(ctx.lang, 0.3, min_age=20, max_age=75)
    name = ctx.name(p)
    proc = pick(rng, PROCS, ctx.lang)
    claim = 'R%d-%06d' % (rng.randrange(20, 26), rng.randrange(10 ** 6))
    ident = ''
    if p.nam is None and rng.random() < 0.5:
        ident = ctx.fr(' (NAS %s)', ' (SIN %s)') % ctx.sin(p)
    if ctx.lang == 'fr':
        reason = lazy(rng, lambda: 'le traitement est lié à une condition préexistante (%s)' % ctx.dx('parodontite avancée'),
                      lambda: 'la limite annuelle de 1 500 $ est atteinte',
                      lambda: 'nous avons besoin des radiographies pré-opératoires')
        subj = re_(ctx, 'Réclamation %s' % claim)
        body = [hello(ctx),
                'Concernant la réclamation %s de votre patient%s %s%s pour : %s.' % (claim, 'e' if p.sex == 'F' else '', name, ident, proc),
                'Elle ne peut être acceptée pour le moment puisque %s.' % reason,
                bye(ctx), sig(ctx, ins),
                quoted(ctx, dent, ins, earlier(ctx, 48, 240), 'Réclamation %s' % claim,
                       ['Bonjour, pouvez-vous nous indiquer le statut de cette réclamation? Merci.'])]
    else:
        reason = lazy(rng, lambda: 'the treatment relates to a pre-existing condition (%s)' % ctx.dx('advanced periodontitis'),
                      lambda: 'the annual maximum of $1,500 has been reached',
                      lambda: 'we require the pre-operative radiographs')
        subj = re_(ctx, 'Claim %s' % claim)
        body = [hello(ctx),
                'Regarding claim %s for your patient %s%s: %s.' % (claim, name, ident, proc),
                'It cannot be approved at this time because %s.' % reason,
                bye(ctx), sig(ctx, ins),
                quoted(ctx, dent, ins, earlier(ctx, 48, 240), 'Claim %s' % claim,
                       ['Hello, could you let us know the status of this claim? Thanks.'])]
    return mk(ctx, 'insurer_reply', 'insurer decision on a named patient claim', ins, [dent], subj, body)


# ------------------------------------------------------------------ P7 lab prescription
def p_lab_rx(w, ctx):
    rng = ctx.rng
    dent = w.s('dentist')
    tech = w.s('labtech')
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=45, max_age=92)
    name = ctx.name(p, rng.choice([0, 1, 2, 3, 5]))
    kind = rng.randrange(3)
    if kind == 0:
        work = ctx.dx(ctx.fr('Prothèse complète supérieure (édentation maxillaire complète)',
                             'Complete upper denture (fully edentulous maxilla)'))
    elif kind == 1:
        t = rng.choice(TEETH)
        work = ctx.fr('Couronne zircone monolithique sur la %s' % t, 'Monolithic zirconia crown on %s' % t)
    else:
        work = ctx.dx(ctx.fr('Gouttière occlusale dure (bruxisme sévère)', 'Hard occlusal splint (severe bruxism)'))
    shade = rng.choice(['A1', 'A2', 'A3', 'B1', 'C2'])
    d = appt(ctx, 6, 20)
    note = rng.choice([ctx.fr('Patient en xérostomie post-radiothérapie : prévoir bords lisses.',
                              'Post-radiotherapy xerostomia: please keep borders smooth.'),
                       ctx.fr('Allergie au nickel : éviter les alliages contenant du Ni.',
                              'Nickel allergy: avoid Ni-containing alloys.'),
                       ''])
    if note:
        ctx.add('diagnosis')
    rows = [[ctx.fr('Patient', 'Patient'), name], [ctx.fr('Travail', 'Work'), work], [ctx.fr('Teinte', 'Shade'), shade],
            [ctx.fr('Essai / mise en bouche', 'Try-in / insert'), appt_str(d, ctx.lang, 1)]]
    if ctx.lang == 'fr':
        subj = rng.choice(['Prescription labo - %s' % name, 'Nouveau cas', 'Cas pour %s' % appt_str(d, 'fr', 1)[:10]])
        body = [hello(ctx, tech.given), 'Voici la prescription pour le cas suivant. Le coursier passera cet après-midi.',
                ('table', ['', ''], rows)] + ([note] if note else []) + [bye(ctx), sig(ctx, dent)]
    else:
        subj = rng.choice(['Lab Rx - %s' % name, 'New case', 'Case due %s' % appt_str(d, 'en', 1)[:10]])
        body = [hello(ctx, tech.given), 'Lab prescription below; the courier will pick up the impressions today.',
                ('table', ['', ''], rows)] + ([note] if note else []) + [bye(ctx), sig(ctx, dent)]
    atts = []
    if rng.random() < 0.4:
        atts.append(pdf_att('Rx_labo_%s.pdf' % fsafe(ctx, p.surname), ctx.fr('Prescription de laboratoire', 'Laboratory prescription'),
                            [('table', ['', ''], rows)] + ([note] if note else []), dent.full))
    return mk(ctx, 'lab_rx', 'prosthesis lab prescription naming patient', dent, [tech], subj, body, atts=atts)


# ------------------------------------------------------------------ P8 lab reply about a case
def p_lab_reply(w, ctx):
    rng = ctx.rng
    tech = w.s('labtech')
    dent = w.s('dentist')
    p = w.patient(ctx.lang, min_age=50, max_age=90)
    name = ctx.name(p, rng.choice([1, 2, 5, 6]))
    issue = ctx.fr(rng.choice(['l\'empreinte inférieure est déchirée au niveau lingual',
                               'le mordu en cire ne correspond pas aux modèles',
                               'la teinte demandée ne convient pas avec les dents naturelles restantes']),
                   rng.choice(['the lower impression is torn on the lingual side',
                               'the wax bite does not match the models',
                               'the shade requested does not match the remaining natural teeth']))
    work = ctx.dx(ctx.fr('prothèse partielle amovible inférieure (édentation partielle classe I de Kennedy)',
                         'lower removable partial denture (Kennedy class I partial edentulism)'))
    if ctx.lang == 'fr':
        subj = re_(ctx, 'Cas %s' % name)
        body = [hello(ctx), 'Pour le cas de %s — %s : %s.' % (name, work, issue),
                'Pouvez-vous reprendre une empreinte? La mise en bouche prévue devra être déplacée.', bye(ctx), sig(ctx, tech)]
    else:
        subj = re_(ctx, 'Case %s' % name)
        body = [hello(ctx), 'About %s — %s: %s.' % (name, work, issue),
                'Could you retake the impression? The scheduled insert will have to be moved.', bye(ctx), sig(ctx, tech)]
    return mk(ctx, 'lab_reply', 'dental lab reports a problem on a named case', tech, [dent], subj, body)


# ------------------------------------------------------------------ P9 pharmacist question
def p_pharmacy_q(w, ctx):
    rng = ctx.rng
    ph = w.s('pharm')
    dent = w.s(rng.choice(['dentist', 'omfs']))
    p = w.holder_or_patient(ctx.lang, 0.5)
    name = ctx.name(p)
    rx = ctx.med(pick(rng, RX_DENT[:2] + RX_DENT[5:7], ctx.lang))
    cur = ctx.med(pick(rng, MEDS, ctx.lang))
    dob = ctx.dob(p) if rng.random() < 0.6 else None
    if ctx.lang == 'fr':
        subj = rng.choice(['Question ordonnance', 'Ordonnance de %s' % name, 'Interaction possible - %s' % p.surname])
        body = [hello(ctx, dent.short('fr')),
                'Nous avons reçu votre ordonnance de %s pour %s%s%s.' % (rx, name, ' (né%s le %s)' % ('e' if p.sex == 'F' else '', dob) if dob else '',
                                                                       ', NAM %s' % ctx.nam(p) if p.nam and rng.random() < 0.6 else ''),
                'Notre dossier indique qu\'%s prend %s et a une %s. Voulez-vous maintenir l\'ordonnance?' % (
                    il(ctx, p, False), cur, ctx.dx(rng.choice(['allergie à la pénicilline (urticaire)', 'insuffisance rénale', 'histoire de colite à C. difficile']))),
                'Vous pouvez me joindre directement au %s.' % w.org('pharm').phone, bye(ctx), sig(ctx, ph)]
    else:
        subj = rng.choice(['Rx question', 'Prescription for %s' % name, 'Possible interaction - %s' % p.surname])
        body = [hello(ctx, dent.short('en')),
                'We received your prescription for %s for %s%s%s.' % (rx, name, ' (DOB %s)' % dob if dob else '',
                                                                     ', RAMQ %s' % ctx.nam(p) if p.nam and rng.random() < 0.6 else ''),
                'Our profile shows the patient takes %s and has %s. Do you want to proceed?' % (
                    cur, ctx.dx(rng.choice(['a penicillin allergy (hives)', 'renal impairment', 'a history of C. difficile colitis']))),
                'You can reach me at %s.' % w.org('pharm').phone, bye(ctx), sig(ctx, ph)]
    return mk(ctx, 'pharmacy_question', 'pharmacist questions a dental prescription', ph, [dent], subj, body)


# ------------------------------------------------------------------ P10 prescription sent to pharmacy (PDF)
def p_rx_fax(w, ctx):
    rng = ctx.rng
    dent = w.s(rng.choice(['dentist', 'omfs', 'resident']))
    ph = w.s('pharm')
    p = w.holder_or_patient(ctx.lang, 0.6)
    meds = [ctx.med(pick(rng, RX_DENT, ctx.lang)) for _ in range(rng.randrange(1, 3))]
    name = ctx.name(p, 0)
    blocks = [ctx.fr('Patient : ', 'Patient: ') + name, ctx.fr('Date de naissance : ', 'Date of birth: ') + ctx.dob(p)]
    if p.nam:
        blocks.append('NAM : ' + ctx.nam(p, 0))
    if rng.random() < 0.6:
        blocks.append(ctx.fr('Adresse : ', 'Address: ') + ctx.addr(p))
    blocks += [('h', 'Rx')] + ['- ' + m for m in meds] + [ctx.fr('Renouvellement : 0', 'Refills: 0'), dent.title(ctx.lang)]
    fn = rng.choice(['ordonnance.pdf', 'Rx_%s.pdf' % fsafe(ctx, p.surname), 'scan_%04d.pdf' % rng.randrange(10000)])
    if ctx.lang == 'fr':
        subj = rng.choice(['Ordonnance', 'Ordonnance à préparer', 'Rx'])
        body = [hello(ctx), 'Ordonnance ci-jointe, le patient passera la chercher ce soir.' if p.sex == 'M'
                else 'Ordonnance ci-jointe, la patiente passera la chercher ce soir.', bye(ctx), sig(ctx, dent)]
    else:
        subj = rng.choice(['Prescription', 'Rx to fill', 'Prescription attached'])
        body = [hello(ctx), 'Prescription attached; the patient will pick it up this evening.', bye(ctx), sig(ctx, dent)]
    return mk(ctx, 'rx_attached', 'prescription PDF attached for pharmacy', dent, [ph], subj, body,
              atts=[pdf_att(fn, ctx.fr('Ordonnance', 'Prescription'), blocks, dent.full)])


# ------------------------------------------------------------------ P11 post-op phone call
def p_postop_call(w, ctx):
    rng = ctx.rng
    who = w.s(rng.choice(['recep', 'assist', 'hyg']))
    surg = w.s(rng.choice(['omfs', 'dentist', 'resident']))
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=16, max_age=75)
    t = rng.choice(TEETH_3M)
    name = ctx.name(p)
    phone = ctx.phone(p)
    days = rng.randrange(2, 6)
    sympt = ctx.dx(ctx.fr(rng.choice(['douleur lancinante irradiant à l\'oreille, probable alvéolite',
                                      'enflure importante et fièvre à 38,7', 'engourdissement persistant de la lèvre inférieure']),
                          rng.choice(['throbbing pain radiating to the ear, likely dry socket',
                                      'significant swelling and fever of 38.7', 'persistent numbness of the lower lip'])))
    med = ctx.med(pick(rng, RX_DENT[3:7], ctx.lang))
    if ctx.lang == 'fr':
        subj = rng.choice(['Appel patient', 'À rappeler SVP - %s' % name, 'Post-op %s' % t, 'Message téléphonique'])
        body = [hello(ctx, surg.short('fr')),
                '%s a appelé ce matin, %d jours après l\'extraction de la %s : %s.' % (name, days, t, sympt),
                'Prend %s sans soulagement. Peut-on %s rappeler au %s?' % (med, 'la' if p.sex == 'F' else 'le', phone) +
                (' Son NAM : %s.' % ctx.nam(p) if p.nam and rng.random() < 0.4 else ''),
                bye(ctx), sig(ctx, who)]
    else:
        subj = rng.choice(['Patient call', 'Please call back - %s' % name, 'Post-op %s' % t, 'Phone message'])
        body = [hello(ctx, surg.short('en')),
                '%s called this morning, %d days after extraction of %s: %s.' % (name, days, t, sympt),
                'Taking %s without relief. Can someone call back at %s?' % (med, phone), bye(ctx), sig(ctx, who)]
    return mk(ctx, 'postop_call', 'phone message about post-operative complication', who, [surg], subj, body,
              body_form=rng.choice([None, 'plain']))
