"""Confidential messages, part 3: sexual-health clinic (STI, partner notification, PrEP)."""
import datetime

from gen_attach import csv_part, vcard_part, xlsx_part
from gen_style import close, forward_block, greet, join, quote_block, signature, when_str
from gen_tmpl import Lab, ext_doc, pick_person, result, who_addr

D = datetime.timedelta

DSP = ('Santé publique — MI', 'mi.itss@santepublique-boreal.example')


def sti_result(c):
    L = Lab(c)
    p = pick_person(c, 'repro', None, (18, 45), p_nam=0.45)
    nurse = c.staff('shnurse')
    dt = c.when()
    k = c.rng.randrange(3)
    if k == 0:
        res = L.res(c.t('Chlamydia trachomatis (TAAN, urine) : DÉTECTÉ ; N. gonorrhoeae : non détecté',
                        'Chlamydia trachomatis (NAAT, urine): DETECTED; N. gonorrhoeae: not detected'))
        tx = L.med(c.t('Doxycycline 100 mg BID x 7 jours', 'Doxycycline 100 mg BID x 7 days'))
        L.dx('chlamydia')
    elif k == 1:
        res = L.res(c.t('N. gonorrhoeae (TAAN, gorge et rectum) : DÉTECTÉ ; culture en cours pour antibiogramme',
                        'N. gonorrhoeae (NAAT, throat and rectum): DETECTED; culture pending for susceptibilities'))
        tx = L.med(c.t('Ceftriaxone 500 mg IM dose unique + doxycycline', 'Ceftriaxone 500 mg IM single dose + doxycycline'))
        L.dx('gonorrhée')
    else:
        res = L.res(c.t('Syphilis : EIA réactif, RPR 1:64, TPPA positif', 'Syphilis: EIA reactive, RPR 1:64, TPPA positive'))
        tx = L.med(c.t('Benzathine pénicilline G 2,4 M UI IM', 'Benzathine penicillin G 2.4 million units IM'))
        L.dx(c.t('syphilis secondaire', 'secondary syphilis'))
    style = c.rng.randrange(3)
    idmd = c.staff('idmd')
    if style == 0:
        ext = c.pick([('Dre Nathalie Couillard', 'gmf-plateau.example'), ('Dr Kevin Lam', 'cliniquesante-est.example')])
        body = join(greet(c, ext_doc(c, ext[0]), formal=True),
                    c.t('Votre patient(e) %s (%s) a été vu(e) à notre clinique de santé sexuelle.' % (L.name(p), L.id_line(p)),
                        'Your patient %s (%s) was seen at our sexual-health clinic.' % (L.name(p), L.id_line(p))),
                    res, c.t('Traitement administré : ', 'Treatment given: ') + tx,
                    c.t('Contrôle de guérison dans 4 semaines. Les partenaires seront avisés.',
                        'Test of cure in 4 weeks. Partners will be notified.'), close(c), signature(c, nurse))
        to = [(ext[0], 'secretariat@' + ext[1])]
        subj = c.t('Résultat ITSS — votre patient(e)', 'STI result — your patient')
    elif style == 1:
        body = join(greet(c, idmd.short(c.lang)),
                    '%s, %s %s' % (L.name(p, c.pick(['SURFIRST', 'surfirst', 'lower'])), c.t('DDN', 'DOB'), L.dob(p)),
                    res, c.t('Je prévois : ', 'Plan: ') + tx + c.t('. OK pour toi ?', '. OK with you?'),
                    signature(c, nurse, full=False))
        to = [who_addr(c, idmd)]
        subj = c.pick([c.t('Résultat positif', 'Positive result'), c.t('Tx à valider', 'Tx to confirm'), 'ITSS +'])
    else:
        # message to the patient at a personal address
        L.email(p)
        body = join(greet(c, p.given),
                    c.t('Suite à votre visite du %s, un de vos résultats nécessite un traitement. ' % c.date(dt.date() - D(days=5), 2)
                        + 'Merci de passer à la clinique sans rendez-vous cette semaine.',
                        'Following your visit on %s, one of your results needs treatment. ' % c.date(dt.date() - D(days=5), 2)
                        + 'Please drop in to the clinic this week.'),
                    res, c.t('Vous recevrez : ', 'You will receive: ') + tx, close(c), signature(c, nurse))
        L.add('patient_name')
        to = [(L.name(p, 'full'), p.email)]
        subj = c.t('Vos résultats', 'Your results')
    spec = {'from': who_addr(c, nurse), 'to': to, 'date': dt, 'body': body, 'subject': subj}
    return result(c, 'sti_result', 'positive STI result with treatment', L, spec)


def partner_notification(c):
    L = Lab(c)
    idx = pick_person(c, 'repro', None, (19, 50), p_nam=0.35)
    partner = c.patient(None, (19, 50))
    nurse = c.staff('shnurse')
    dt = c.when()
    dx = L.dx(c.pick([c.t('syphilis infectieuse (primaire)', 'infectious (primary) syphilis'),
                      c.t('gonorrhée', 'gonorrhoea'), c.t('infection au VIH récente', 'recent HIV infection'),
                      'LGV (lymphogranulomatose vénérienne)' if c.lang == 'fr' else 'LGV']))
    k = c.rng.randrange(2)
    if k == 0:
        body = join(greet(c, formal=True),
                    c.t('Demande de soutien pour la notification des partenaires.', 'Request for partner-notification support.'),
                    c.t('Cas index : %s, %s — %s, diagnostiqué(e) le %s.' % (L.name(idx), L.id_line(idx), dx, c.date(dt.date() - D(days=3))),
                        'Index case: %s, %s — %s, diagnosed %s.' % (L.name(idx), L.id_line(idx), dx, c.date(dt.date() - D(days=3)))),
                    c.t('Partenaire à joindre : %s, %s (dernier contact sexuel il y a ~3 semaines).' % (L.name(partner), L.phone(partner)),
                        'Partner to reach: %s, %s (last sexual contact ~3 weeks ago).' % (L.name(partner), L.phone(partner))),
                    c.t('Le cas index préfère ne pas être nommé auprès du partenaire.',
                        'The index case prefers not to be named to the partner.'),
                    close(c), signature(c, nurse))
        to = [DSP]
        subj = c.t('Notification partenaires — demande IPPAP', 'Partner notification — request')
    else:
        body = join(greet(c, formal=True),
                    c.t('Suivi : j\'ai joint %s ce matin (%s). Il/elle accepte de venir pour dépistage et traitement '
                        'épidémiologique jeudi.' % (L.name(partner, 'full'), L.phone(partner)),
                        'Update: I reached %s this morning (%s). Agreed to come Thursday for testing and epi treatment.'
                        % (L.name(partner, 'full'), L.phone(partner))),
                    c.t('Exposition : %s (cas index suivi à notre clinique, dossier %s).' % (dx, L.mrn(idx, False)),
                        'Exposure: %s (index case followed at our clinic, chart %s).' % (dx, L.mrn(idx, False))),
                    signature(c, nurse))
        to = [DSP]
        subj = c.t('Partenaire joint', 'Partner reached')
    frm = who_addr(c, nurse)
    spec = {'from': frm, 'to': to, 'date': dt, 'body': body, 'subject': subj, 'sensitivity': 'Private'}
    return result(c, 'partner_notification', 'STI partner notification naming the partner and exposure', L, spec)


def prep_followup(c):
    L = Lab(c)
    p = pick_person(c, 'adult', 'M', (20, 60), p_nam=0.5)
    md, pharm = c.staff('idmd'), c.staff('pharm')
    dt = c.when()
    creat = c.rng.randint(70, 135)
    res = L.res(c.t('Bilan PrEP du %s : VIH Ag/Ac non réactif, syphilis non réactive, créatinine %d µmol/L (DFGe %d), '
                    'TAAN gono/chlam négatifs' % (c.date(dt.date() - D(days=4), 0), creat, c.rng.randint(55, 110)),
                    'PrEP labs of %s: HIV Ag/Ab non-reactive, syphilis non-reactive, creatinine %d µmol/L (eGFR %d), '
                    'GC/CT NAAT negative' % (c.date(dt.date() - D(days=4), 0), creat, c.rng.randint(55, 110))))
    rx = L.med(c.t('Renouveler ténofovir DF/emtricitabine 300/200 mg, 1 co. DIE, 90 jours, 1 renouvellement',
                   'Renew tenofovir DF/emtricitabine 300/200 mg, 1 tab daily, 90 days, 1 refill'))
    extra = ''
    if creat > 115:
        extra = c.t('Créatinine en hausse : cesser les AINS, contrôle dans 1 mois.', 'Creatinine trending up: stop NSAIDs, recheck in 1 month.')
    if c.chance(0.5):
        body = join(greet(c, pharm.given), '%s — %s' % (L.name(p), L.id_line(p, prefer='nam' if p.nam else None)),
                    res, rx, extra, close(c), signature(c, md))
        to = [who_addr(c, pharm)]
    else:
        body = join(greet(c, formal=True),
                    c.t('Ordonnance PrEP pour %s (%s, %s %s).' % (L.name(p, 'full'), L.addr(p), c.t('DDN', 'DOB'), L.dob(p)),
                        'PrEP prescription for %s (%s, DOB %s).' % (L.name(p, 'full'), L.addr(p), L.dob(p))),
                    rx, res, extra, signature(c, md))
        to = [('Pharmacie Rivard-Lemay', 'ordonnances@rivardlemay.example')]
    spec = {'from': who_addr(c, md), 'to': to, 'date': dt, 'body': body,
            'subject': c.t('Renouvellement PrEP', 'PrEP renewal') + c.pick(['', ' — ' + p.surname])}
    if p.surname in spec['subject']:
        L.add('patient_name')
    return result(c, 'prep_followup', 'PrEP follow-up labs and renewal for a named patient', L, spec)


def syphilis_mrn_only(c):
    """No name: the chart number alone identifies the patient."""
    L = Lab(c)
    p = c.patient(None, (20, 60))
    md, nurse = c.staff('idmd'), c.staff('shnurse')
    dt = c.when()
    t0, t1 = c.pick([('1:32', '1:4'), ('1:64', '1:16'), ('1:16', '1:16')])
    body = join(greet(c, nurse.given),
                '%s :' % L.mrn(p),
                L.res(c.t('RPR %s au diagnostic → %s à 6 mois post-traitement.' % (t0, t1),
                          'RPR %s at diagnosis → %s six months after treatment.' % (t0, t1))),
                L.dx(c.t('Syphilis latente précoce traitée (Bicillin L-A 2,4 M UI x1).',
                         'Early latent syphilis, treated (Bicillin L-A 2.4 MU x1).')),
                c.t('Échec sérologique probable si le titre ne baisse pas ; prévoir PL ? À discuter.',
                    'Possible serological failure if the titre does not drop; LP? To discuss.') if t0 == t1 else
                c.t('Bonne réponse, prochain RPR dans 6 mois.', 'Good response, next RPR in 6 months.'),
                signature(c, md, full=False))
    L.med('Bicillin')
    spec = {'from': who_addr(c, md), 'to': [who_addr(c, nurse)], 'date': dt, 'body': body,
            'subject': c.t('Suivi RPR', 'RPR follow-up')}
    return result(c, 'syphilis_mrn_only', 'syphilis serology follow-up identified only by chart number', L, spec)


def hiv_new_dx(c):
    L = Lab(c)
    p = c.patient(None, (20, 55))
    nurse, md = c.staff('shnurse'), c.staff('idmd')
    sw = c.staff('sw')
    dt = c.when()
    body = join(greet(c, md.short(c.lang)),
                c.t('Nouveau diagnostic VIH à référer à la clinique d\'immunodéficience :',
                    'New HIV diagnosis to refer to the immunodeficiency clinic:'),
                '%s, %s %s' % (L.name(p, 'SURFIRST'), c.t('né(e) le', 'born'), L.dob(p, 2)),
                L.dx(c.t('VIH-1 confirmé (Western blot/immunoblot positif)', 'HIV-1 confirmed (positive immunoblot)')),
                L.res(c.t('CD4 %d cellules/µL, charge virale %s copies/mL' % (c.rng.randint(90, 700), c.pick(['48 000', '212 000', '7 900'])),
                          'CD4 %d cells/µL, viral load %s copies/mL' % (c.rng.randint(90, 700), c.pick(['48,000', '212,000', '7,900'])))),
                L.soc(c.pick([c.t('Demandeur(se) d\'asile, couvert(e) par le PFSI, pas de carte RAMQ. Hébergé(e) temporairement chez un ami.',
                                  'Asylum claimant covered by IFHP, no RAMQ card. Temporarily staying with a friend.'),
                              c.t('Sans domicile fixe depuis 2 mois ; consommation de crystal meth rapportée.',
                                  'Homeless for 2 months; reports crystal meth use.'),
                              c.t('Travail du sexe ; rapporte de la violence de la part d\'un client la semaine dernière.',
                                  'Sex work; reports violence from a client last week.')])),
                c.t('J\'ai mis %s (travail social) en copie.' % sw.full, 'I\'ve copied %s (social work).' % sw.full),
                close(c), signature(c, nurse))
    spec = {'from': who_addr(c, nurse), 'to': [who_addr(c, md)], 'cc': [who_addr(c, sw)], 'date': dt, 'body': body,
            'subject': c.t('Nouveau Dx — référence', 'New Dx — referral'), 'importance': 'high'}
    return result(c, 'hiv_new_dx', 'new HIV diagnosis referral with social situation', L, spec)


def youth_protection(c):
    L = Lab(c)
    p = c.patient('F', (14, 16))
    nurse, sw = c.staff('shnurse'), c.staff('sw')
    dt = c.when()
    body = join(greet(c, sw.given),
                c.t('Je te réfère %s (%s, %s %s), vue ce matin en sans rendez-vous.' % (L.name(p), L.mrn(p), c.t('DDN', 'DOB'), L.dob(p)),
                    'Referring %s (%s, DOB %s), seen this morning at the walk-in.' % (L.name(p), L.mrn(p), L.dob(p))),
                L.dx(c.t('Chlamydia positive, test de grossesse négatif.', 'Chlamydia positive, pregnancy test negative.')),
                L.soc(c.t('Elle rapporte un partenaire de 24 ans et des fugues répétées du foyer de groupe. '
                          'Je crois qu\'un signalement à la DPJ est nécessaire, peux-tu m\'appeler ?',
                          'She reports a 24-year-old partner and repeated runaways from her group home. I believe a youth '
                          'protection report is needed — can you call me?')),
                signature(c, nurse, full=False))
    spec = {'from': who_addr(c, nurse), 'to': [who_addr(c, sw)], 'date': dt, 'body': body,
            'subject': c.t('Signalement DPJ ?', 'Youth protection report?'), 'importance': 'high'}
    return result(c, 'youth_protection', 'minor with STI and youth-protection concern', L, spec)


def vcard_patient(c):
    L = Lab(c)
    p = pick_person(c, 'adult', None, (19, 55), p_nam=0.3)
    nurse = c.staff('shnurse')
    colleague = c.staff('shnurse')
    dt = c.when()
    k = c.rng.randrange(3)
    if k == 0:
        note = L.dx(c.t('Gono + (gorge). Rappeler pour ceftriaxone. Ne pas laisser de message.',
                        'GC + (throat). Call back for ceftriaxone. Do not leave a message.'))
    elif k == 1:
        note = L.med(c.t('PrEP — rappel bilan 3 mois, renouvellement Truvada', 'PrEP — 3-month labs due, renew Truvada'))
    else:
        note = L.res(c.t('RPR 1:8 à recontrôler (syphilis traitée en mars)', 'RPR 1:8, recheck (syphilis treated in March)'))
    bday = p.dob.isoformat() if c.chance(0.4) else None
    if bday:
        L.add('date_of_birth')
    adr = L.addr(p) if c.chance(0.4) else None
    fn_name = '%s %s.vcf' % (p.given, p.surname)
    L.add('patient_name')
    L._see(p)
    att = vcard_part(c.rng, fn_name, given=p.given, surname=p.surname, tel=L.phone(p),
                     tel_type=c.pick(['CELL', 'HOME']), email=p.email if c.chance(0.5) else None,
                     adr=adr, bday=bday, note=note)
    body = join(greet(c, colleague.given), c.t('Contact pour le rappel de demain, ci-joint.', 'Contact card for tomorrow\'s call-back attached.'),
                signature(c, nurse, full=False))
    spec = {'from': who_addr(c, nurse), 'to': [who_addr(c, colleague)], 'date': dt, 'body': body, 'attachments': [att],
            'subject': c.t('Rappel', 'Call-back')}
    return result(c, 'vcard_patient', 'vCard of a patient with personal phone and clinical note', L, spec)


def patient_prep_request(c):
    L = Lab(c)
    p = c.patient('M', (19, 45))
    clerk, nurse = c.staff('clerk'), c.staff('shnurse')
    dt = c.when()
    prev = dt - D(hours=c.rng.randint(3, 48))
    L.add('patient_name')
    L._see(p)
    L.email(p)
    pbody = join(c.t('Bonjour,', 'Hi,'),
                 c.t('J\'ai eu une relation non protégée samedi avec un partenaire séropositif (charge virale inconnue). '
                     'Est-ce que je peux avoir la PPE ? Je prends déjà la PrEP à la demande mais j\'ai oublié les doses.',
                     'I had condomless sex on Saturday with an HIV-positive partner (viral load unknown). Can I get PEP? '
                     'I\'m on event-based PrEP but missed the doses.'),
                 c.t('Mon cell : ', 'My cell: ') + L.phone(p), p.full)
    L.med('PrEP')
    L.dx(c.t('exposition au VIH', 'HIV exposure'))
    fwd = forward_block(c, '%s <%s>' % (p.full, p.email), when_str(c, prev), c.t('Urgent PPE', 'Urgent PEP'),
                        'sante.sexuelle@chuboreal.example', pbody)
    body = join(greet(c, nurse.given), c.t('Reçu sur l\'adresse générale — peux-tu le rappeler en priorité ?',
                                           'Came in on the general address — can you call him back first thing?'),
                signature(c, clerk, full=False), fwd)
    spec = {'from': who_addr(c, clerk), 'to': [who_addr(c, nurse)], 'date': dt, 'body': body,
            'subject': c.t('TR: Urgent PPE', 'Fwd: Urgent PEP'), 'importance': 'high'}
    return result(c, 'patient_prep_request', 'patient e-mail about HIV exposure forwarded by the clerk', L, spec)


def sh_roster(c):
    L = Lab(c)
    nurse = c.staff('shnurse')
    md = c.staff('idmd')
    dt = c.when()
    rows = [[c.t('Nom', 'Name'), c.t('DDN', 'DOB'), c.t('Motif', 'Reason'), c.t('Résultats', 'Results'), c.t('Suivi', 'F/U')]]
    motifs = [(c.t('Dépistage', 'Screening'), c.t('tous négatifs', 'all negative'), '—'),
              (c.t('Écoulement urétral', 'Urethral discharge'), 'GC +', c.t('Ceftriaxone fait', 'Ceftriaxone given')),
              ('PrEP', c.t('créat 98, VIH nég', 'creat 98, HIV neg'), c.t('renouvelé', 'renewed')),
              (c.t('Ulcère génital', 'Genital ulcer'), c.t('HSV-2 PCR +', 'HSV-2 PCR +'), c.t('valacyclovir', 'valacyclovir')),
              (c.t('Contact syphilis', 'Syphilis contact'), 'RPR 1:16', 'Bicillin')]
    for i in range(c.rng.randint(4, 8)):
        p = pick_person(c, 'repro', None, (18, 50), p_nam=0.25)
        m = motifs[1] if i == 0 else c.pick(motifs)
        rows.append([L.name(p, c.pick(['surfirst', 'SURFIRST', 'lower', 'full'])), L.dob(p, c.pick([0, 1])), m[0], m[1], m[2]])
    L.res('results')
    L.dx('GC')
    k = c.rng.randrange(3)
    atts, tables = [], None
    if k == 0:
        atts = [xlsx_part(c.rng, c.t('Liste_sans_rdv_%s.xlsx', 'Walk-in_list_%s.xlsx') % dt.strftime('%Y-%m-%d'),
                          [(c.t('Sans rdv', 'Walk-in'), rows)], author=nurse.full)]
        text = c.t('Liste du sans rendez-vous ci-jointe.', 'Walk-in list attached.')
    elif k == 1:
        atts = [csv_part(c.rng, c.t('export_clinique_%s.csv', 'clinic_export_%s.csv') % dt.strftime('%Y%m%d'), rows)]
        text = c.t('Export de la journée (CSV).', 'Today\'s export (CSV).')
    else:
        tables = [rows]
        text = c.t('Résumé de la clinique :\n\n@@TABLE0', 'Clinic summary:\n\n@@TABLE0')
    body = join(greet(c, md.short(c.lang)), text, close(c), signature(c, nurse, full=False))
    spec = {'from': who_addr(c, nurse), 'to': [who_addr(c, md)], 'date': dt, 'body': body, 'attachments': atts,
            'tables': tables, 'subject': c.t('Clinique sans rdv %s', 'Walk-in clinic %s') % c.date(dt.date(), 0)}
    if tables:
        spec['form'] = c.pick(['alt', 'html'])
    return result(c, 'sh_roster', 'sexual-health walk-in roster with names, DOB and results', L, spec)


def reply_quoted_sti(c):
    L = Lab(c)
    p = pick_person(c, 'repro', None, (18, 45), p_nam=0.3)
    nurse, md = c.staff('shnurse'), c.staff('idmd')
    dt = c.when()
    prev = dt - D(days=1, hours=c.rng.randint(0, 6))
    prev2 = prev - D(hours=c.rng.randint(2, 20))
    q1 = join(greet(c, md.short(c.lang)),
              c.t('%s (%s) revient avec des symptômes persistants malgré la doxycycline.' % (L.name(p), L.id_line(p)),
                  '%s (%s) is back with ongoing symptoms despite doxycycline.' % (L.name(p), L.id_line(p))),
              L.res(c.t('TAAN M. genitalium positif, résistance aux macrolides détectée.',
                        'M. genitalium NAAT positive, macrolide resistance detected.')),
              c.t('Moxifloxacine ?', 'Moxifloxacin?'), nurse.given)
    L.med('doxycycline')
    L.dx('M. genitalium')
    q2 = join(c.t('Oui, moxifloxacine 400 mg DIE x 7 jours. ECG de base.', 'Yes, moxifloxacin 400 mg daily x 7 days. Baseline ECG.'),
              md.short(c.lang),
              quote_block(c, nurse.full, when_str(c, prev2), q1, c.t('Échec de traitement', 'Treatment failure')))
    top = c.pick([c.t('Parfait, prescrit et remis. Merci !', 'Great, prescribed and dispensed. Thanks!'),
                  c.t('Fait.', 'Done.'), c.t('Merci, c\'est noté au dossier.', 'Thanks, charted.')])
    body = join(top, nurse.given, quote_block(c, md.display(c.lang), when_str(c, prev), q2,
                                              c.t('RE: Échec de traitement', 'RE: Treatment failure')))
    spec = {'from': who_addr(c, nurse), 'to': [who_addr(c, md)], 'date': dt, 'body': body, 'in_reply_to': True,
            'subject': c.t('RE: RE: Échec de traitement', 'RE: RE: Treatment failure')}
    return result(c, 'reply_quoted_sti', 'reply chain; patient data only in the quoted history', L, spec)


TEMPLATES = {
    'sti_result': sti_result,
    'partner_notification': partner_notification,
    'prep_followup': prep_followup,
    'syphilis_mrn_only': syphilis_mrn_only,
    'hiv_new_dx': hiv_new_dx,
    'youth_protection': youth_protection,
    'vcard_patient': vcard_patient,
    'patient_prep_request': patient_prep_request,
    'sh_roster': sh_roster,
    'reply_quoted_sti': reply_quoted_sti,
}
