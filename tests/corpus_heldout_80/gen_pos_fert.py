"""Confidential messages, part 1: fertility clinic (IVF cycles, embryology, donors, pharmacy)."""
import datetime
import re

from gen_attach import docx_part, pdf_part, xlsx_part
from gen_style import close, forward_block, greet, join, quote_block, signature, when_str
from gen_tmpl import Lab, pick_person, result, who_addr

D = datetime.timedelta


def ivf_calendar(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (27, 43))
    n, md = c.staff('ivfnurse'), c.staff('rei')
    dt = c.when()
    d0 = dt.date() + D(days=c.rng.randint(2, 9))
    fsh = c.pick(['Gonal-f', 'Puregon', 'Rekovelle', 'Menopur'])
    dose = c.pick(['150 UI', '187,5 UI', '225 UI', '300 UI']) if c.lang == 'fr' else c.pick(['150 IU', '225 IU', '300 IU'])
    ant = c.pick(['Orgalutran 0,25 mg', 'Cetrotide 0,25 mg'])
    trig = c.pick(['Ovidrel 250 mcg', 'Decapeptyl 0,2 mg', 'Ovidrel 250 mcg + Decapeptyl 0,2 mg'])
    if c.lang == 'en':
        ant, trig = ant.replace(',', '.'), trig.replace(',', '.')
    rows = [
        (c.day(d0), c.t('%s %s le soir (jour 1 de stimulation)' % (fsh, dose), '%s %s in the evening (stim day 1)' % (fsh, dose))),
        (c.day(d0 + D(days=4)), c.t('Échographie + prise de sang (estradiol, LH, P4) à 7 h 15',
                                     'Ultrasound + bloodwork (estradiol, LH, P4) at 7:15')),
        (c.day(d0 + D(days=5)), c.t('Début de %s le matin, en plus du %s' % (ant, fsh),
                                     'Start %s in the morning, continue %s' % (ant, fsh))),
        (c.day(d0 + D(days=7)), c.t('Monitoring (écho + E2)', 'Monitoring (scan + E2)')),
        (c.day(d0 + D(days=10)), c.t('Déclenchement probable : %s à l\'heure indiquée' % trig,
                                      'Probable trigger: %s at the time we give you' % trig)),
        (c.day(d0 + D(days=12)), c.t('Ponction ovocytaire (à jeun depuis minuit)', 'Egg retrieval (nothing to eat after midnight)')),
    ]
    L.med(fsh)
    body_rows = '\n'.join('- %s : %s' % r for r in rows)
    intro = c.t('Voici votre calendrier de FIV (protocole antagoniste) tel que discuté avec %s.' % md.short('fr'),
                'Here is your IVF calendar (antagonist protocol) as discussed with %s.' % md.short('en'))
    extra = ''
    if c.chance(0.5):
        extra = c.t('Pour rappel, votre AMH était à %s pmol/L et le compte folliculaire à %d ; la dose pourrait être ajustée '
                    'après la première échographie.' % (c.pick(['4,1', '8,7', '12,3', '21,0']), c.rng.randint(6, 22)),
                    'As a reminder your AMH was %s pmol/L with an antral follicle count of %d, so the dose may be adjusted '
                    'after the first scan.' % (c.pick(['4.1', '8.7', '12.3', '21.0']), c.rng.randint(6, 22)))
        L.res('AMH')
    g = greet(c, p.given if c.chance(0.6) else '%s %s' % (p.title(c.lang), p.surname))
    L.add('patient_name')
    body = join(g, intro, body_rows, extra,
                c.t('N\'hésitez pas à appeler la ligne des infirmières si vous avez des questions.',
                    'Call the nurses\' line if anything is unclear.'), close(c), signature(c, n))
    to_disp = L.name(p, 'full')
    L.email(p)
    spec = dict(subject=c.t('Votre calendrier de stimulation', 'Your stimulation calendar'),
                body=body, date=dt, to=[(to_disp, p.email)], cc=[who_addr(c, md)] if c.chance(0.3) else None)
    spec['from'] = who_addr(c, n)
    return result(c, 'ivf_calendar', 'IVF stimulation calendar e-mailed to the patient', L, spec)


def ivf_monitoring(c):
    L = Lab(c)
    pts = [pick_person(c, 'repro_f', 'F', (28, 43), p_nam=0.3) for _ in range(c.rng.randint(3, 6))]
    n, md = c.staff('ivfnurse'), c.staff('rei')
    dt = c.when()
    head = [c.t('Patiente', 'Patient'), c.t('Dossier', 'MRN'), c.t('Jour stim', 'Stim day'), 'E2 (pmol/L)',
            c.t('Follicules ≥14 mm', 'Follicles ≥14 mm'), 'Plan']
    rows = [head]
    plans_fr = ['Continuer même dose, revoir J+2', 'Déclencher ce soir 21 h (Ovidrel)', 'Diminuer à 150 UI',
                'Risque SHO : déclencher Decapeptyl, freeze-all', 'Annuler — mauvaise réponse', 'Ajouter Orgalutran']
    plans_en = ['Same dose, rescan in 2 days', 'Trigger tonight 21:00 (Ovidrel)', 'Reduce to 150 IU',
                'OHSS risk: Decapeptyl trigger, freeze-all', 'Cancel — poor response', 'Add Orgalutran']
    for p in pts:
        rows.append([L.name(p, c.pick(['surfirst', 'SURFIRST', 'full', 'lower'])), L.mrn(p, False),
                     'J%d' % c.rng.randint(5, 12) if c.lang == 'fr' else 'D%d' % c.rng.randint(5, 12),
                     str(c.rng.randrange(800, 14000, 10)), str(c.rng.randint(1, 22)),
                     c.pick(plans_fr if c.lang == 'fr' else plans_en)])
    L.res('E2')
    L.med('Ovidrel')
    mode = c.rng.randrange(3)
    atts = []
    if mode == 0:
        body = join(greet(c, md.short(c.lang)), c.t('Monitoring de ce matin :', 'This morning\'s monitoring:'),
                    '@@TABLE0', c.t('Peux-tu valider les plans avant 13 h ? Les patientes attendent notre appel.',
                                    'Can you sign off the plans before 1 pm? Patients are waiting for our call.'),
                    close(c), signature(c, n, full=False))
        tables = [rows]
    else:
        body = join(greet(c, md.short(c.lang)), c.t('Ci-joint le tableau du monitoring du %s.' % c.date(dt.date(), 2),
                                                     'Attached is the monitoring sheet for %s.' % c.date(dt.date(), 2)),
                    close(c), signature(c, n))
        tables = None
        atts.append(xlsx_part(c.rng, c.t('monitoring_FIV_%s.xlsx', 'IVF_monitoring_%s.xlsx') % dt.strftime('%Y%m%d'),
                              [('Monitoring', rows)], author=n.full))
    spec = {'from': who_addr(c, n), 'to': [who_addr(c, md)], 'subject': c.t('Monitoring FIV %s', 'IVF monitoring %s')
            % c.date(dt.date(), 0), 'body': body, 'tables': tables, 'attachments': atts, 'date': dt,
            'form': 'alt' if tables else None}
    return result(c, 'ivf_monitoring', 'daily IVF monitoring list with E2, follicles and plans', L, spec)


def embryology_report(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (28, 43))
    e, md = c.staff('embryo'), c.staff('rei')
    dt = c.when()
    oo = c.rng.randint(4, 18)
    mii = max(1, oo - c.rng.randint(0, 4))
    fert = max(1, mii - c.rng.randint(0, 3))
    blast = max(0, fert - c.rng.randint(1, 5))
    grades = ', '.join(c.pick(['4AA', '4AB', '5BB', '3BB', '4BC', '5AB']) for _ in range(max(blast, 1)))
    lines = [
        c.t('Ponction : %d ovocytes, %d MII' % (oo, mii), 'Retrieval: %d oocytes, %d MII' % (oo, mii)),
        c.t('ICSI : %d fécondés (2PN)' % fert, 'ICSI: %d fertilised (2PN)' % fert),
        c.t('J5 : %d blastocyste(s) — %s' % (blast, grades), 'D5: %d blastocyst(s) — %s' % (blast, grades)),
        c.t('Transfert : 1 embryon (%s) ; %d vitrifié(s)' % (grades.split(',')[0], max(0, blast - 1)),
            'Transfer: 1 embryo (%s); %d vitrified' % (grades.split(',')[0], max(0, blast - 1))),
    ]
    L.res('embryology')
    who = L.name(p, c.pick(['surfirst', 'title', 'full', 'SURFIRST']))
    idl = L.id_line(p)
    if c.chance(0.5):
        pdf_lines = ['##' + c.t('Rapport d\'embryologie', 'Embryology report'), c.t('Patiente : ', 'Patient: ') + who,
                     idl, c.t('Conjoint(e) : ', 'Partner: ') + c.pick(['—', c.t('donneur anonyme', 'anonymous donor')]),
                     ''] + lines + ['', c.t('Embryologiste : ', 'Embryologist: ') + e.full]
        fn = c.t('Rapport_embryo_%s_%s.pdf', 'Embryo_report_%s_%s.pdf') % (p.surname.replace(' ', ''), dt.strftime('%d%m%Y'))
        atts = [pdf_part(c.rng, fn, pdf_lines, title=c.t('Rapport d\'embryologie', 'Embryology report'), author=e.full)]
        body = join(greet(c, md.short(c.lang)), c.t('Rapport J5 ci-joint pour votre patiente.',
                                                     'D5 report attached for your patient.'), close(c), signature(c, e))
    else:
        atts = []
        body = join(greet(c, md.short(c.lang)), who + '\n' + idl, '\n'.join(lines),
                    c.t('Transfert fait ce matin sans difficulté.', 'Transfer done this morning, uneventful.'),
                    close(c), signature(c, e))
    spec = {'from': who_addr(c, e), 'to': [who_addr(c, md)], 'date': dt, 'body': body, 'attachments': atts,
            'subject': c.t('Rapport embryologie J5', 'D5 embryology report') + (' — ' + p.surname if c.chance(0.5) else '')}
    if p.surname in spec['subject']:
        L.add('patient_name')
    return result(c, 'embryology_report', 'embryology lab report for one IVF patient', L, spec)


def beta_hcg(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (27, 43))
    n, md = c.staff('ivfnurse'), c.staff('rei')
    dt = c.when()
    val = c.pick([3, 18, 96, 212, 488, 1034])
    pos = val > 25
    txt = c.t('β-hCG J14 post-transfert : %d UI/L — %s' % (val, 'positif, à répéter dans 48 h' if pos else 'négatif'),
              'β-hCG 14 days post-transfer: %d IU/L — %s' % (val, 'positive, repeat in 48 h' if pos else 'negative'))
    L.res(txt)
    plan = c.t('Poursuivre Prometrium 200 mg TID jusqu\'à 10 semaines.' if pos else 'Cesser Prometrium et estradiol. Rendez-vous de suivi à planifier.',
               'Continue Prometrium 200 mg TID until 10 weeks.' if pos else 'Stop Prometrium and estradiol; book follow-up.')
    L.med('Prometrium')
    style = c.rng.randrange(2)
    who = L.name(p, c.pick(['full', 'title', 'surfirst']))
    if style == 0:
        body = join(greet(c, md.short(c.lang)), '%s (%s)\n%s\n%s' % (who, L.id_line(p), txt, plan),
                    c.t('Je l\'appelle cet après-midi.', 'I\'ll call her this afternoon.') if p.sex == 'F' else '',
                    close(c), signature(c, n, full=False))
        subj = c.t('Résultat bêta', 'Beta result') + (' ' + p.surname if c.chance(0.4) else '')
    else:
        body = join(greet(c, n.given), c.t('Pouvez-vous aviser la patiente ? Merci.', 'Can you let the patient know? Thanks.'),
                    '%s — %s\n%s' % (who, txt, plan), signature(c, md))
        subj = c.t('Bêta-hCG à annoncer', 'Beta-hCG to call out')
    spec = {'from': who_addr(c, n if style == 0 else md), 'to': [who_addr(c, md if style == 0 else n)], 'date': dt,
            'body': body, 'subject': subj, 'importance': 'high' if c.chance(0.3) else None}
    return result(c, 'beta_hcg', 'post-transfer beta-hCG result and luteal support plan', L, spec)


def donor_programme(c):
    L = Lab(c)
    dt = c.when()
    gc, md, ivfn = c.staff('gc'), c.staff('rei'), c.staff('ivfnurse')
    variant = c.rng.randrange(3)
    if variant == 0:
        don = c.patient('F', (24, 34))
        rec = pick_person(c, 'repro_f', 'F', (33, 44), p_nam=0.3)
        body = join(greet(c, md.short(c.lang)),
                    c.t('Bilan de la donneuse dirigée %s (sœur de la receveuse %s) :' % (L.name(don), L.name(rec)),
                        'Work-up for directed donor %s (sister of recipient %s):' % (L.name(don), L.name(rec))),
                    L.res(c.t('- VIH, VHB, VHC, syphilis : négatifs\n- Chlamydia/gonorrhée TAAN : négatifs\n'
                              '- Caryotype 46,XX\n- Dépistage porteur étendu : porteuse hétérozygote GJB2 c.35delG',
                              '- HIV, HBV, HCV, syphilis: negative\n- CT/NG NAAT: negative\n- Karyotype 46,XX\n'
                              '- Expanded carrier screen: heterozygous carrier GJB2 c.35delG')),
                    c.t('Le conjoint de la receveuse devra être testé pour GJB2 avant la stimulation.',
                        'The recipient\'s partner should be tested for GJB2 before stimulation.'),
                    close(c), signature(c, gc))
        subj = c.t('Don d\'ovules dirigé — bilan donneuse', 'Directed egg donation — donor work-up')
        note = 'directed egg donor screening results with donor and recipient names'
    elif variant == 1:
        rec = pick_person(c, 'repro_f', 'F', (30, 44))
        code = 'D-%04d' % c.rng.randrange(1000, 9999)
        body = join(greet(c, gc.given),
                    c.t('Jumelage proposé pour %s (%s) : donneuse anonyme %s, groupe O+, CMV négatif.'
                        % (L.name(rec), L.id_line(rec), code),
                        'Proposed match for %s (%s): anonymous donor %s, O+, CMV negative.' % (L.name(rec), L.id_line(rec), code)),
                    L.dx(c.t('Indication : insuffisance ovarienne prématurée (AMH < 0,1 pmol/L).',
                             'Indication: premature ovarian insufficiency (AMH < 0.1 pmol/L).')),
                    c.t('La patiente souhaite une rencontre en counselling avant de signer.',
                        'The patient would like a counselling session before signing.'),
                    close(c), signature(c, md))
        subj = c.t('Jumelage donneuse %s', 'Donor match %s') % code
        note = 'egg donor match for a named recipient with her diagnosis'
    else:
        rec = pick_person(c, 'repro_f', 'F', (29, 42), p_nam=0.35)
        code = '%d' % c.rng.randrange(1000, 9999)
        soc = c.pick([c.t('projet parental solo', 'single mother by choice'),
                      c.t('couple de deux femmes, conjointe : %s' % c.patient('F').full,
                          'two-mother couple, spouse: %s' % c.patient('F').full)])
        body = join(greet(c),
                    c.t('Commande de 4 paillettes IUI du donneur #%s (banque partenaire) pour %s, %s.'
                        % (code, L.name(rec, 'surfirst'), soc),
                        'Please order 4 IUI straws from donor #%s (partner bank) for %s, %s.'
                        % (code, L.name(rec, 'surfirst'), soc)),
                    L.dx(c.t('Insémination prévue au prochain cycle (SOPK, induction au létrozole).',
                             'IUI planned next cycle (PCOS, letrozole induction).')),
                    L.id_line(rec), close(c), signature(c, ivfn))
        L.med('letrozole')
        subj = c.t('Commande paillettes donneur #%s', 'Donor straw order #%s') % code
        note = 'donor sperm order for a named recipient with PCOS'
    frm = who_addr(c, gc if variant == 0 else (md if variant == 1 else ivfn))
    spec = {'from': frm, 'to': [who_addr(c, c.staff('embryo'))], 'cc': [who_addr(c, md)], 'date': dt, 'body': body,
            'subject': subj}
    return result(c, 'donor_programme', note, L, spec)


def semen_analysis(c):
    L = Lab(c)
    p = pick_person(c, 'repro_m', 'M', (28, 50))
    tech, md = c.staff('labtech'), c.staff('rei')
    dt = c.when()
    conc = c.pick(['0,8', '4,2', '11', '38', '0 (azoospermie)'])
    vals = c.t('Volume 2,4 mL ; concentration %s M/mL ; mobilité progressive %d %% ; formes normales %d %%'
               % (conc, c.rng.randint(2, 45), c.rng.randint(0, 6)),
               'Volume 2.4 mL; concentration %s M/mL; progressive motility %d%%; normal forms %d%%'
               % (conc.replace(',', '.').replace('azoospermie', 'azoospermia'), c.rng.randint(2, 45), c.rng.randint(0, 6)))
    L.res(vals)
    concl = L.dx(c.t('Conclusion : oligoasthénotératozoospermie sévère, ICSI recommandée.',
                     'Impression: severe oligoasthenoteratozoospermia, ICSI recommended.')
                 if not conc.startswith('0 ') else c.t('Azoospermie : référer en urologie (TESE) et caryotype + microdélétions Y.',
                                                       'Azoospermia: refer to urology (TESE), karyotype and Y microdeletions.'))
    body = join(greet(c, md.short(c.lang)),
                '%s — %s %s' % (L.name(p, c.pick(['SURFIRST', 'full', 'title'])), c.t('DDN', 'DOB'), L.dob(p)),
                vals, concl, c.t('Rapport officiel suivra dans le DCI.', 'Official report will follow in the EHR.'),
                signature(c, tech))
    spec = {'from': who_addr(c, tech), 'to': [who_addr(c, md)], 'date': dt, 'body': body,
            'subject': c.t('Spermogramme', 'Semen analysis') + c.pick(['', ' — résultat', ' — urgent'])}
    return result(c, 'semen_analysis', 'semen analysis result with named male partner', L, spec)


def ohss_discharge(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (26, 40))
    res, md = c.staff('resident'), c.staff('rei')
    dt = c.when()
    adm = dt.date() - D(days=c.rng.randint(3, 7))
    paras = ['##' + c.t('Résumé de congé', 'Discharge summary'),
             c.t('Patiente : ', 'Patient: ') + L.name(p, 'SURFIRST'),
             L.id_line(p, prefer=c.pick(['nam', 'mrn', None])),
             c.t('Admission : %s — Congé : %s' % (c.date(adm, 0), c.date(dt.date(), 0)),
                 'Admitted: %s — Discharged: %s' % (c.date(adm, 0), c.date(dt.date(), 0))),
             L.dx(c.t('Diagnostic principal : syndrome d\'hyperstimulation ovarienne modéré à sévère après ponction (FIV).',
                      'Main diagnosis: moderate-to-severe ovarian hyperstimulation syndrome after egg retrieval (IVF).')),
             L.res(c.t('Hématocrite à l\'admission 0,47 ; albumine 28 g/L ; ascite à l\'échographie.',
                       'Admission haematocrit 0.47; albumin 28 g/L; ascites on ultrasound.')),
             L.med(c.t('Traitement : cabergoline 0,5 mg DIE x 8 jours, énoxaparine 40 mg SC DIE, paracentèse 1,8 L au jour 2.',
                       'Treatment: cabergoline 0.5 mg daily x 8 days, enoxaparin 40 mg SC daily, 1.8 L paracentesis on day 2.')),
             c.t('Suivi : clinique de fertilité dans 1 semaine ; tous les embryons vitrifiés (freeze-all).',
                 'Follow-up: fertility clinic in 1 week; all embryos vitrified (freeze-all).')]
    fn = c.t('Resume_conge_%s.docx', 'Discharge_%s.docx') % p.surname.replace(' ', '_')
    if c.chance(0.4):
        fn = c.t('Résumé de congé SHO.docx', 'Discharge summary OHSS.docx')
    att = docx_part(c.rng, fn, paras, title=c.t('Résumé de congé', 'Discharge summary'), author=res.full)
    body = join(greet(c, md.short(c.lang)), c.t('Voici le résumé de congé pour révision et signature.',
                                                 'Discharge summary attached for review and co-signature.'), close(c),
                signature(c, res))
    spec = {'from': who_addr(c, res), 'to': [who_addr(c, md)], 'date': dt, 'body': body, 'attachments': [att],
            'subject': c.t('Résumé de congé à signer', 'Discharge summary to sign')}
    return result(c, 'ohss_discharge', 'OHSS discharge summary as DOCX attachment', L, spec)


def fertility_rx(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (27, 43), p_nam=0.6)
    md = c.staff('rei')
    n = c.staff('ivfnurse')
    dt = c.when()
    meds = [c.pick(['Menopur 75 UI, 10 fioles', 'Gonal-f Pen 900 UI, 1 stylo', 'Puregon 600 UI, 2 cartouches']),
            c.pick(['Orgalutran 0,25 mg, 5 seringues', 'Cetrotide 0,25 mg, 5 fioles']),
            c.pick(['Ovidrel 250 mcg, 1 seringue', 'Decapeptyl 0,1 mg, 2 seringues']),
            'Prometrium 100 mg, 90 caps, 2 co. TID à partir de la ponction']
    if c.lang == 'en':
        meds = [m.replace('fioles', 'vials').replace('stylo', 'pen').replace('seringues', 'syringes')
                .replace('seringue', 'syringe').replace('UI', 'IU').replace('à partir de la ponction', 'from retrieval')
                .replace('co.', 'caps') for m in meds]
        meds = [re.sub(r'(\d),(\d)', r'\1.\2', m) for m in meds]
    L.med('Menopur')
    lines = ['##' + c.t('Ordonnance', 'Prescription'),
             c.t('Nom : ', 'Name: ') + L.name(p, 'SURFIRST'),
             c.t('Date de naissance : ', 'Date of birth: ') + L.dob(p, 0)]
    if p.nam:
        lines.append('NAM : ' + L.nam(p))
    if c.chance(0.6):
        lines.append(c.t('Adresse : ', 'Address: ') + L.addr(p))
    lines += [''] + ['- ' + m for m in meds] + ['', c.t('Prescripteur : ', 'Prescriber: ') + md.display(c.lang)
                                                  + ' (permis %d)' % c.rng.randrange(10000, 99999)]
    pharm = c.pick(['Pharmacie Duplessis & Marois', 'Pharmacie spécialisée Fertili-Pharm', 'Pharmacie Lacroix-Hamel'])
    pdom = c.pick(['pharmacie-duplessis.example', 'fertilipharm.example', 'lacroixhamel-pharma.example'])
    if c.chance(0.5):
        atts = [pdf_part(c.rng, c.t('Ordonnance_%s.pdf', 'Rx_%s.pdf') % dt.strftime('%Y-%m-%d'), lines,
                         title=c.t('Ordonnance', 'Prescription'), author=md.full)]
        body = join(greet(c, formal=True), c.t('Veuillez trouver ci-jointe l\'ordonnance pour notre patiente. '
                                               'Livraison à domicile demandée avant jeudi.',
                                               'Please find attached the prescription for our patient; home delivery '
                                               'requested before Thursday.'), close(c), signature(c, n))
    else:
        atts = []
        body = join(greet(c, formal=True), c.t('Ordonnance de stimulation ci-dessous :', 'Stimulation prescription below:'),
                    '\n'.join(x.lstrip('#') for x in lines), close(c), signature(c, n))
    spec = {'from': who_addr(c, n), 'to': [(pharm, 'commandes@' + pdom)], 'date': dt, 'body': body,
            'attachments': atts, 'subject': c.t('Ordonnance FIV — livraison', 'IVF prescription — delivery')}
    return result(c, 'fertility_rx', 'IVF medication prescription sent to a community pharmacy', L, spec)


def tax_credit_sin(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (28, 43), p_nam=0.3)
    clerk, md = c.staff('clerk'), c.staff('rei')
    dt = c.when()
    lines = ['##' + c.t('Attestation — crédit d\'impôt pour traitement de l\'infertilité',
                        'Certificate — infertility treatment tax credit'),
             c.t('Nom de la patiente : ', 'Patient name: ') + L.name(p, 'full'),
             c.t('Numéro d\'assurance sociale : ', 'Social insurance number: ') + L.sin(p),
             c.t('Date de naissance : ', 'Date of birth: ') + L.dob(p, 0),
             L.dx(c.t('Traitements reçus en %d : 2 cycles de FIV avec ICSI (infertilité d\'origine tubaire).' % dt.year,
                      'Treatment received in %d: 2 IVF/ICSI cycles (tubal-factor infertility).' % dt.year)),
             c.t('Médecin traitant : ', 'Treating physician: ') + md.display(c.lang)]
    fn = c.t('Attestation_credit_impot_%s.pdf', 'Tax_credit_certificate_%s.pdf') % p.surname.replace(' ', '')
    att = pdf_part(c.rng, fn, lines, title=c.t('Attestation', 'Certificate'))
    to_disp = L.name(p, 'full')
    L.email(p)
    body = join(greet(c, '%s %s' % (p.title(c.lang), p.surname), formal=True),
                c.t('Tel que demandé, voici l\'attestation signée pour votre déclaration de revenus.',
                    'As requested, here is the signed certificate for your tax return.'),
                c.t('Merci de vérifier votre NAS avant de l\'envoyer à Revenu Québec.',
                    'Please double-check your SIN before sending it in.'), close(c), signature(c, clerk))
    spec = {'from': who_addr(c, clerk), 'to': [(to_disp, p.email)], 'date': dt, 'body': body, 'attachments': [att],
            'subject': c.t('Attestation pour impôts', 'Tax certificate')}
    return result(c, 'tax_credit_sin', 'infertility tax-credit certificate with SIN e-mailed to patient', L, spec)


def patient_mail_fwd(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (27, 42), p_nam=0.35)
    clerk, n = c.staff('clerk'), c.staff('ivfnurse')
    dt = c.when()
    prev = dt - D(hours=c.rng.randint(2, 40))
    soc = c.pick([c.t('J\'ai perdu mon emploi le mois passé et je n\'ai plus d\'assurance collective pour les médicaments.',
                      'I lost my job last month and no longer have drug insurance through work.'),
                  c.t('Je suis présentement en maison d\'hébergement et je préfère qu\'on ne laisse pas de message à la maison.',
                      'I am currently staying at a women\'s shelter so please don\'t leave messages at home.'),
                  c.t('Mon chum et moi on s\'est séparés, je voudrais savoir si je peux continuer seule.',
                      'My partner and I separated, I\'d like to know if I can continue on my own.')])
    L.soc(soc)
    pbody = join(c.t('Bonjour,', 'Hello,'),
                 c.t('J\'ai eu mes règles ce matin (jour 1). Est-ce que je commence le Gonal-f ce soir comme prévu ? ',
                     'My period started this morning (day 1). Do I start the Gonal-f tonight as planned? ') + soc,
                 c.t('Vous pouvez me joindre au %s.' % L.phone(p), 'You can reach me at %s.' % L.phone(p)),
                 c.t('Merci,\n', 'Thanks,\n') + p.given + (' ' + p.surname if c.chance(0.6) else ''))
    L.med('Gonal-f')
    L.add('patient_name')
    L._see(p)
    L.email(p)
    fwd = forward_block(c, '%s <%s>' % (p.full, p.email), when_str(c, prev),
                        c.t('Début de cycle', 'Cycle start'), c.t('Clinique de fertilité', 'Fertility clinic')
                        + ' <fiv@chuboreal.example>', pbody)
    body = join(greet(c, n.given), c.t('Courriel reçu dans la boîte générale, je te le transfère.',
                                       'This came into the general inbox, forwarding to you.'), signature(c, clerk, full=False), fwd)
    spec = {'from': who_addr(c, clerk), 'to': [who_addr(c, n)], 'date': dt, 'body': body,
            'subject': c.t('TR: Début de cycle', 'FW: Cycle start')}
    return result(c, 'patient_mail_fwd', 'patient\'s own e-mail forwarded internally, with social situation', L, spec)


def ivf_schedule_patients(c):
    """Hard positive: looks like a clinic schedule, but lists the patients and procedures."""
    L = Lab(c)
    dt = c.when()
    day = dt.date() + D(days=1)
    n = c.staff('ivfnurse')
    rows = [[c.t('Heure', 'Time'), c.t('Salle', 'Room'), c.t('Patiente', 'Patient'), c.t('Dossier', 'MRN'),
             c.t('Intervention', 'Procedure'), c.t('Médecin', 'MD')]]
    procs = [c.t('Ponction ovocytaire', 'Egg retrieval'), c.t('Transfert J5', 'D5 transfer'),
             c.t('Hystéroscopie', 'Hysteroscopy'), c.t('IIU', 'IUI'), c.t('Ponction — préservation fertilité (oncologie)',
                                                              'Retrieval — fertility preservation (oncology)')]
    t = datetime.datetime.combine(day, datetime.time(7, 30))
    for i in range(c.rng.randint(4, 8)):
        p = pick_person(c, 'repro_f', 'F', (25, 43), p_nam=0.25)
        proc = c.pick(procs)
        if 'oncolog' in proc:
            L.dx(proc)
        rows.append([t.strftime('%H:%M'), c.pick(['S1', 'S2', 'Écho 3']), L.name(p, c.pick(['surfirst', 'lower', 'SURFIRST'])),
                     L.mrn(p, False), proc, c.staff('rei').surname])
        t += D(minutes=c.pick([20, 30, 45]))
    if c.chance(0.5):
        atts = [xlsx_part(c.rng, c.t('Horaire_bloc_FIV_%s.xlsx', 'IVF_OR_list_%s.xlsx') % day.strftime('%Y%m%d'),
                          [(c.t('Horaire', 'List'), rows)], author=n.full)]
        body = join(greet(c), c.t('Horaire du bloc FIV de demain en pièce jointe.', 'Tomorrow\'s IVF OR list attached.'),
                    close(c), signature(c, n, full=False))
        tables = None
    else:
        atts = []
        body = join(greet(c), c.t('Horaire de demain (%s) :' % c.day(day), 'Tomorrow\'s list (%s):' % c.day(day)),
                    '@@TABLE0', close(c), signature(c, n, full=False))
        tables = [rows]
    spec = {'from': who_addr(c, n), 'to': [('Bloc FIV', 'bloc.fiv@chuboreal.example'),
                                           ('Anesthésie', 'anesthesie@chuboreal.example')],
            'date': dt, 'body': body, 'tables': tables, 'attachments': atts,
            'subject': c.t('Horaire bloc FIV %s', 'IVF OR list %s') % c.date(day, 0)}
    return result(c, 'ivf_schedule_patients', 'next-day IVF procedure list naming the patients', L, spec)


def reply_quoted_ivf(c):
    """The top reply is harmless; the quoted message carries the patient data."""
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (27, 43))
    n, md = c.staff('ivfnurse'), c.staff('rei')
    dt = c.when()
    prev = dt - D(hours=c.rng.randint(1, 20))
    q = join(greet(c, n.given),
             c.t('%s (%s) a appelé : douleurs abdominales et ballonnements depuis la ponction d\'hier, '
                 'prise de poids de 2 kg.' % (L.name(p), L.id_line(p)),
                 '%s (%s) called: abdominal pain and bloating since yesterday\'s retrieval, 2 kg weight gain.'
                 % (L.name(p), L.id_line(p))),
             L.dx(c.t('Je crains un début de SHO. Peux-tu la convoquer pour écho et bilan (FSC, électrolytes, albumine) ?',
                      'Worried about early OHSS. Can you bring her in for a scan and bloods (CBC, lytes, albumin)?')),
             md.display(c.lang))
    quoted = quote_block(c, '%s <%s>' % (md.display(c.lang), md.email), when_str(c, prev), q,
                         c.t('Appel patiente', 'Patient call'), n.full)
    top = c.pick([c.t('C\'est fait, elle vient à 13 h.', 'Done, she is coming in at 1 pm.'),
                  c.t('Ok, je m\'en occupe.', 'OK, on it.'), c.t('Reçu, merci.', 'Got it, thanks.')])
    body = join(top, n.given, quoted)
    spec = {'from': who_addr(c, n), 'to': [who_addr(c, md)], 'date': dt, 'body': body, 'in_reply_to': True,
            'subject': c.t('RE: Appel patiente', 'RE: Patient call')}
    return result(c, 'reply_quoted_ivf', 'short reply whose quoted history holds a suspected OHSS patient', L, spec)


TEMPLATES = {
    'ivf_calendar': ivf_calendar,
    'ivf_monitoring': ivf_monitoring,
    'embryology_report': embryology_report,
    'beta_hcg': beta_hcg,
    'donor_programme': donor_programme,
    'semen_analysis': semen_analysis,
    'ohss_discharge': ohss_discharge,
    'fertility_rx': fertility_rx,
    'tax_credit_sin': tax_credit_sin,
    'patient_mail_fwd': patient_mail_fwd,
    'ivf_schedule_patients': ivf_schedule_patients,
    'reply_quoted_ivf': reply_quoted_ivf,
}

