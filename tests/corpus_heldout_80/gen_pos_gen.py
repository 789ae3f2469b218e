"""Confidential messages, part 2: medical genetics and prenatal screening."""
import datetime

from gen_attach import docx_part, ics_part, pdf_part
from gen_style import close, greet, join, quote_block, signature, when_str
from gen_tmpl import Lab, ext_doc, pick_person, result, who_addr

D = datetime.timedelta

VARIANTS = [
    ('BRCA2', 'c.5946del (p.Ser1982ArgfsTer22)', 'syndrome sein-ovaire héréditaire', 'hereditary breast and ovarian cancer'),
    ('BRCA1', 'c.4327C>T (p.Arg1443Ter)', 'syndrome sein-ovaire héréditaire', 'hereditary breast and ovarian cancer'),
    ('MLH1', 'c.1852_1854del (p.Lys618del)', 'syndrome de Lynch', 'Lynch syndrome'),
    ('PALB2', 'c.3113G>A (p.Trp1038Ter)', 'risque accru de cancer du sein', 'increased breast cancer risk'),
    ('FBN1', 'c.7754T>C (p.Ile2585Thr)', 'syndrome de Marfan', 'Marfan syndrome'),
    ('MYBPC3', 'c.1504C>T (p.Arg502Trp)', 'cardiomyopathie hypertrophique', 'hypertrophic cardiomyopathy'),
    ('LDLR', 'c.681C>G (p.Asp227Glu)', 'hypercholestérolémie familiale', 'familial hypercholesterolaemia'),
]


def _variant(c):
    g, v, fr, en = c.pick(VARIANTS)
    return g, v, c.t(fr, en)


def genetic_result(c):
    L = Lab(c)
    p = pick_person(c, 'adult', None, (25, 70), p_nam=0.5)
    gc, gen = c.staff('gc'), c.staff('geneticist')
    dt = c.when()
    g, v, cond = _variant(c)
    res_line = L.res(c.t('Résultat : variant pathogène hétérozygote %s %s' % (g, v),
                         'Result: heterozygous pathogenic variant %s %s' % (g, v)))
    dx = L.dx(c.t('Interprétation : confirme un %s.' % cond, 'Interpretation: consistent with %s.' % cond))
    ext = c.pick([('Dre Annick Ferron', 'clinique-du-parc.example'), ('Dr Samuel Okoye', 'gmf-riviere.example'),
                  ('Dre Louise Tanguay', 'clinique-laurier.example')])
    if c.chance(0.5):
        lines = ['##' + c.t('Rapport de laboratoire — génétique moléculaire', 'Molecular genetics laboratory report'),
                 c.t('Patient(e) : ', 'Patient: ') + L.name(p, 'SURFIRST'), L.id_line(p),
                 c.t('Analyse : panel de gènes (séquençage NGS + CNV)', 'Test: gene panel (NGS + CNV)'),
                 res_line, dx, c.t('Recommandation : consultation en génétique et dépistage en cascade des apparentés.',
                                   'Recommendation: genetics follow-up and cascade testing of relatives.'),
                 '', c.t('Validé par : ', 'Signed out by: ') + c.staff('labdir').display(c.lang)]
        fn = c.pick(['%s_%s_rapport.pdf' % (g, p.surname.replace(' ', '')), 'rapport_%s.pdf' % dt.strftime('%Y%m%d'),
                     'GEN-%d.pdf' % c.rng.randrange(10000, 99999)])
        atts = [pdf_part(c.rng, fn, lines, title=c.t('Rapport génétique', 'Genetics report'),
                         header='%s — %s' % (c.t('Laboratoire de génétique moléculaire', 'Molecular Genetics Laboratory'),
                                             'OPTILAB'))]
        body = join(greet(c, ext_doc(c, ext[0]), formal=True),
                    c.t('Veuillez trouver ci-joint le résultat de votre patient(e). Nous la/le reverrons en clinique '
                        'pour le counselling post-test.', 'Please find attached your patient\'s result; we will see them in '
                        'clinic for post-test counselling.'), close(c), signature(c, gc))
    else:
        atts = []
        body = join(greet(c, ext_doc(c, ext[0]), formal=True),
                    c.t('Résultat reçu pour %s (%s) :' % (L.name(p), L.id_line(p)),
                        'Result received for %s (%s):' % (L.name(p), L.id_line(p))), res_line, dx,
                    c.t('Rendez-vous de divulgation prévu le %s avec %s.' % (c.date(dt.date() + D(days=9)), gen.display('fr')),
                        'Disclosure visit booked on %s with %s.' % (c.date(dt.date() + D(days=9)), gen.display('en'))),
                    close(c), signature(c, gc))
    spec = {'from': who_addr(c, gc), 'to': [(ext[0], 'md.%s@%s' % (ext[0].split()[-1].lower(), ext[1]))],
            'cc': [who_addr(c, gen)] if c.chance(0.5) else None, 'date': dt, 'body': body, 'attachments': atts,
            'subject': c.t('Résultat génétique %s', 'Genetic result %s') % g, 'sensitivity': 'Confidential'}
    return result(c, 'genetic_result', 'pathogenic germline variant result sent to the referring physician', L, spec)


def family_letter(c):
    L = Lab(c)
    p = pick_person(c, 'adult', None, (30, 80), p_nam=0.4)
    gc = c.staff('gc')
    dt = c.when()
    g, v, cond = _variant(c)
    rel = c.patient(None, (20, 60))
    rel_name = L.name(rel, 'title')
    paras = [c.t('Montréal, le %s' % c.date(dt.date(), 2), 'Montreal, %s' % c.date(dt.date(), 2)),
             rel_name, L.addr(rel), '',
             c.t('Objet : information génétique importante pour votre famille', 'Re: important genetic information for your family'),
             c.t('Madame, Monsieur,', 'Dear %s,' % rel_name),
             c.t('Votre apparenté(e), %s (né(e) le %s), a été vu(e) au Service de génétique médicale. Une analyse a '
                 'identifié chez cette personne une variation pathogène dans le gène %s (%s), associée au %s.'
                 % (L.name(p, 'full'), L.dob(p, 2), g, v, cond),
                 'Your relative, %s (born %s), was seen in our Medical Genetics Service. Testing identified a '
                 'pathogenic variant in the %s gene (%s), associated with %s.' % (L.name(p, 'full'), L.dob(p, 2), g, v, cond)),
             c.t('Vous pourriez aussi être porteur(se) de cette variation. Un test ciblé vous est offert.',
                 'You may also carry this variant. A targeted test is available to you.'),
             gc.full + '\n' + c.t('Conseillère en génétique', 'Genetic Counsellor')]
    L.res(v)
    L.dx(cond)
    if c.chance(0.5):
        fn = c.t('Lettre_familiale_%s_%s.docx', 'Family_letter_%s_%s.docx') % (g, rel.surname.replace(' ', '').replace("'", ''))
        att = docx_part(c.rng, fn, paras, title=c.t('Lettre aux apparentés', 'Family letter'), author=gc.full)
    else:
        fn = c.t('Lettre familiale %s.pdf', 'Family letter %s.pdf') % g
        att = pdf_part(c.rng, fn, paras, title=c.t('Lettre aux apparentés', 'Family letter'), author=gc.full)
    admin = c.staff('admin')
    body = join(greet(c, admin.given),
                c.t('Peux-tu imprimer et poster la lettre ci-jointe (version finale) ? L\'adresse est dans le haut.',
                    'Could you print and mail the attached letter (final version)? Address is at the top.'),
                close(c), signature(c, gc, full=False))
    spec = {'from': who_addr(c, gc), 'to': [who_addr(c, admin)], 'date': dt, 'body': body, 'attachments': [att],
            'subject': c.t('Lettre familiale à poster', 'Family letter to mail out')}
    return result(c, 'family_letter', 'family (cascade) letter naming the index patient and variant', L, spec)


def microarray_child(c):
    L = Lab(c)
    p = pick_person(c, 'child', None, (3, 14), p_nam=0.7)
    gen = c.staff('geneticist')
    dt = c.when()
    finding = c.pick([(c.t('délétion 22q11.21 de 2,5 Mb (syndrome de DiGeorge)', '2.5 Mb 22q11.21 deletion (DiGeorge syndrome)')),
                      (c.t('duplication 16p11.2 de 600 kb, pénétrance incomplète', '600 kb 16p11.2 duplication, incomplete penetrance')),
                      (c.t('délétion 15q11.2 BP1-BP2', '15q11.2 BP1-BP2 deletion'))])
    ped = c.pick([('Dr Étienne Lavallée', 'pediatrie-nord.example'), ('Dre Sonia Abdelnour', 'cliniqueenfants.example')])
    lines = [c.t('Enfant : ', 'Child: ') + L.name(p, c.pick(['SURFIRST', 'full'])), L.id_line(p, prefer='nam' if p.nam else None),
             L.res(c.t('Puce chromosomique (CMA) : %s' % finding, 'Chromosomal microarray: %s' % finding)),
             L.dx(c.t('Contexte : retard global de développement, hypotonie.', 'Indication: global developmental delay, hypotonia.'))]
    soc = ''
    if c.chance(0.4):
        soc = L.soc(c.t('À noter : l\'enfant est placé en famille d\'accueil (DPJ) ; la convocation doit être envoyée à '
                        'l\'intervenante, pas aux parents biologiques.',
                        'Note: the child is in foster care (youth protection); the appointment notice goes to the case '
                        'worker, not the biological parents.'))
    body = join(greet(c, ext_doc(c, ped[0]), formal=True), '\n'.join(lines), soc,
                c.t('Nous offrirons les tests parentaux. Je vous joins dès que le rapport final est signé.',
                    'We will offer parental testing and will send the signed report shortly.'), close(c), signature(c, gen))
    spec = {'from': who_addr(c, gen), 'to': [(ped[0], 'bureau@' + ped[1])], 'date': dt, 'body': body,
            'subject': c.t('Résultat CMA', 'CMA result') + c.pick(['', ' — pour votre patient', ' (confidentiel)'])}
    return result(c, 'microarray_child', 'paediatric microarray result with child identifiers', L, spec)


def carrier_couple(c):
    L = Lab(c)
    a = pick_person(c, 'repro_f', 'F', (26, 40), p_nam=0.35)
    b = c.patient('M', (27, 44))
    gc = c.staff('gc')
    md = c.staff('rei')
    dt = c.when()
    gene, cond = c.pick([('CFTR', c.t('fibrose kystique', 'cystic fibrosis')), ('SMN1', c.t('amyotrophie spinale', 'spinal muscular atrophy')),
                         ('HEXA', 'Tay-Sachs'), ('HBB', c.t('bêta-thalassémie', 'beta-thalassaemia'))])
    body = join(greet(c, md.short(c.lang)),
                c.t('Résultats du dépistage de porteurs pour le couple %s / %s :' % (L.name(a), L.name(b)),
                    'Carrier screening results for %s and %s:' % (L.name(a), L.name(b))),
                L.res(c.t('- %s : porteuse %s (%s)\n- %s : porteur %s' % (a.given, gene, 'F508del' if gene == 'CFTR' else 'variant pathogène',
                                                                          b.given, gene),
                          '- %s: %s carrier (%s)\n- %s: %s carrier' % (a.given, gene, 'F508del' if gene == 'CFTR' else 'pathogenic variant',
                                                                       b.given, gene))),
                L.dx(c.t('Risque de 25 %% d\'enfant atteint de %s à chaque grossesse. DPI-M (PGT-M) à discuter.' % cond,
                         '25%% risk of an affected child (%s) in each pregnancy. PGT-M to be discussed.' % cond)),
                close(c), signature(c, gc))
    spec = {'from': who_addr(c, gc), 'to': [who_addr(c, md)], 'date': dt, 'body': body,
            'subject': c.t('Couple porteur %s', 'Carrier couple %s') % gene}
    return result(c, 'carrier_couple', 'carrier-couple screening results naming both partners', L, spec)


def nipt_result(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (24, 44), p_nam=0.5)
    gc, mfm = c.staff('gc'), c.staff('mfm')
    dt = c.when()
    ga = '%d+%d' % (c.rng.randint(11, 16), c.rng.randint(0, 6))
    chrom = c.pick(['21', '18', '13'])
    ff = c.rng.randint(5, 16)
    res = L.res(c.t('DPNI (ADN fœtal libre) : RISQUE ÉLEVÉ de trisomie %s ; fraction fœtale %d %%.' % (chrom, ff),
                    'NIPT (cfDNA): HIGH RISK for trisomy %s; fetal fraction %d%%.' % (chrom, ff)))
    plan = c.t('Amniocentèse offerte ; consultation en génétique à planifier cette semaine.',
               'Amniocentesis offered; genetics counselling to book this week.')
    style = c.rng.randrange(3)
    who = L.name(p, c.pick(['title', 'full', 'surfirst', 'initial']))
    if style == 0:
        body = join(greet(c, mfm.short(c.lang)), '%s — %s\n%s %s' % (who, L.id_line(p), c.t('Âge gestationnel :', 'GA:'), ga),
                    res, plan, close(c), signature(c, gc))
    elif style == 1:
        body = join(greet(c, gc.given), c.t('Le labo vient d\'appeler pour ', 'Lab just called about ') + who + '.', res,
                    c.t('Peux-tu l\'appeler aujourd\'hui ? Elle a une écho prévue jeudi.',
                        'Can you call her today? She has a scan booked Thursday.'),
                    signature(c, mfm, full=False))
    else:
        prev = dt - D(hours=5)
        q = join('%s (%s), %s %s' % (who, L.id_line(p), c.t('GA', 'GA'), ga), res, plan)
        body = join(c.t('Rappel : pas encore de retour de la patiente.', 'Reminder: patient hasn\'t called back yet.'),
                    quote_block(c, gc.full, when_str(c, prev), q, c.t('DPNI à risque élevé', 'High-risk NIPT')))
    spec = {'from': who_addr(c, gc if style != 1 else mfm), 'to': [who_addr(c, mfm if style != 1 else gc)], 'date': dt,
            'body': body, 'importance': 'high',
            'subject': c.t('DPNI — résultat anormal', 'NIPT — abnormal result') if style != 2 else c.t('RE: DPNI à risque élevé', 'RE: High-risk NIPT')}
    return result(c, 'nipt_result', 'high-risk NIPT result for a named pregnant patient', L, spec)


def ultrasound_followup(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (22, 43), p_nam=0.4)
    sono, mfm = c.staff('sono'), c.staff('mfm')
    dt = c.when()
    finding = c.pick([c.t('ventriculomégalie latérale légère (11 mm)', 'mild lateral ventriculomegaly (11 mm)'),
                      c.t('clarté nucale à 4,1 mm', 'nuchal translucency 4.1 mm'),
                      c.t('fente labiale unilatérale gauche', 'left unilateral cleft lip'),
                      c.t('pied bot bilatéral', 'bilateral club foot'),
                      c.t('RCIU, poids estimé < 3e percentile, Doppler ombilical anormal',
                          'FGR, EFW < 3rd centile, abnormal umbilical Doppler')])
    ga = '%d %s' % (c.rng.randint(12, 32), c.t('sem.', 'wks'))
    body = join(greet(c, c.t('l\'équipe', 'team')),
                c.t('Échographie du %s (%s) pour %s, %s :' % (c.date(dt.date(), 0), ga, L.name(p), L.mrn(p)),
                    'Scan on %s (%s) for %s, %s:' % (c.date(dt.date(), 0), ga, L.name(p), L.mrn(p))),
                L.dx(finding),
                c.t('Demande : contrôle dans 2 semaines avec %s + rendez-vous en génétique. Priorité 2.' % mfm.display('fr'),
                    'Request: repeat in 2 weeks with %s + genetics appointment. Priority 2.' % mfm.display('en')),
                c.t('Tél. de la patiente : %s' % L.phone(p), 'Patient phone: %s' % L.phone(p)) if c.chance(0.5) else '',
                signature(c, sono, full=False))
    spec = {'from': who_addr(c, sono), 'to': [('Rendez-vous DPN', 'rdv.dpn@chuboreal.example')],
            'cc': [who_addr(c, mfm)], 'date': dt, 'body': body,
            'subject': c.t('Suivi écho — à céduler', 'Scan follow-up — please book')}
    return result(c, 'ultrasound_followup', 'abnormal prenatal ultrasound finding and booking request', L, spec)


def amnio_invite(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (24, 44), p_nam=0.3)
    mfm = c.staff('mfm')
    clerk = c.staff('clerk')
    dt = c.when()
    start = datetime.datetime.combine(dt.date() + D(days=c.rng.randint(2, 8)), datetime.time(c.pick([8, 9, 10, 13, 14]), 0))
    proc = c.pick([c.t('Amniocentèse', 'Amniocentesis'), c.t('Biopsie de villosités choriales', 'Chorionic villus sampling')])
    reason = L.res(c.t('DPNI à risque élevé T21', 'high-risk NIPT T21')) if c.chance(0.6) else \
        L.dx(c.t('mère porteuse X fragile (prémutation)', 'mother is a fragile X premutation carrier'))
    summ = '%s — %s' % (proc, L.name(p, c.pick(['surfirst', 'full', 'title_sur'])))
    desc = c.t('%s, %s. Indication : %s. Consentement signé. Salle d\'écho 2.' % (L.name(p, 'full'), L.mrn(p), reason),
               '%s, %s. Indication: %s. Consent signed. Scan room 2.' % (L.name(p, 'full'), L.mrn(p), reason))
    att = ics_part(c.rng, 'invite.ics', uid='%032x@chuboreal.example' % c.rng.getrandbits(128), start=start,
                   end=start + D(minutes=45), summary=summ, description=desc,
                   location=c.t('Clinique DPN, Pavillon Sainte-Anne', 'Prenatal Dx Clinic, Sainte-Anne Pavilion'),
                   organizer=(clerk.full, clerk.email), attendees=[(mfm.full, mfm.email)], stamp=dt)
    body = join(c.t('Rendez-vous ajouté à votre agenda.', 'Appointment added to your calendar.'), summ,
                signature(c, clerk, full=False))
    spec = {'from': who_addr(c, clerk), 'to': [who_addr(c, mfm)], 'date': dt, 'body': body, 'attachments': [att],
            'subject': c.t('Invitation : ', 'Invitation: ') + summ}
    return result(c, 'amnio_invite', 'calendar invitation for an invasive prenatal procedure', L, spec)


def rounds_identified(c):
    """Hard positive: a rounds case list that was not de-identified."""
    L = Lab(c)
    gen = c.staff('geneticist')
    res = c.staff('resident')
    dt = c.when()
    cases = []
    for i in range(c.rng.randint(2, 4)):
        p = pick_person(c, 'any', None, (2, 40), p_nam=0.2)
        cases.append('%d. %s (%s), %d %s — %s' % (
            i + 1, L.name(p, c.pick(['initial', 'init_sur', 'surfirst'])), L.mrn(p, False), p.age(dt.date()),
            c.t('ans', 'y.o.'),
            L.dx(c.pick([c.t('épilepsie précoce, variant SCN1A de novo', 'early-onset epilepsy, de novo SCN1A variant'),
                         c.t('surdité congénitale, GJB2 homozygote', 'congenital deafness, homozygous GJB2'),
                         c.t('cardiomyopathie dilatée, TTN tronquant', 'dilated cardiomyopathy, truncating TTN'),
                         c.t('VUS dans KMT2D, phénotype Kabuki ?', 'KMT2D VUS, Kabuki phenotype?')]))))
    body = join(greet(c), c.t('Cas pour la tournée de génétique de jeudi :', 'Cases for Thursday\'s genetics rounds:'),
                '\n'.join(cases), c.t('Les photos cliniques sont dans le dossier partagé.', 'Clinical photos are in the shared folder.'),
                signature(c, res, full=False))
    spec = {'from': who_addr(c, res), 'to': [('Génétique — médecins', 'genetique-md@chuboreal.example')],
            'cc': [who_addr(c, gen)], 'date': dt, 'body': body,
            'subject': c.t('Cas tournée jeudi', 'Rounds cases Thursday')}
    return result(c, 'rounds_identified', 'rounds case list with chart numbers and patient surnames', L, spec)


def subject_only_nipt(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (24, 44), p_nam=0.3)
    gc, mfm = c.staff('gc'), c.staff('mfm')
    dt = c.when()
    k = c.rng.randrange(3)
    if k == 0:
        what = L.res(c.t('DPNI T21 risque élevé', 'NIPT high risk T21'))
    elif k == 1:
        what = L.res(c.t('amnio résultat 47,XY,+18', 'amnio result 47,XY,+18'))
    else:
        what = L.dx(c.t('IMG demandée, grossesse 19 sem.', 'TOP requested, 19 weeks pregnant'))
    subj = '%s — %s' % (L.name(p, c.pick(['surfirst', 'init_sur', 'full', 'lower'])), what)
    if c.chance(0.4):
        subj = c.t('URGENT ', 'URGENT ') + subj
    body = join(c.pick([c.t('Peux-tu me rappeler ?', 'Can you call me?'), c.t('Voir DCI svp.', 'See EHR pls.'),
                        c.t('Dossier sur ton bureau.', 'Chart is on your desk.')]), signature(c, gc, full=False))
    spec = {'from': who_addr(c, gc), 'to': [who_addr(c, mfm)], 'date': dt, 'body': body, 'subject': subj, 'form': 'plain'}
    return result(c, 'subject_only_nipt', 'identity and result only in the Subject line', L, spec)


def consult_reply(c):
    L = Lab(c)
    p = pick_person(c, 'adult', None, (18, 65), p_nam=0.6)
    gen = c.staff('geneticist')
    dt = c.when()
    cond = c.pick([(c.t('syndrome d\'Ehlers-Danlos hypermobile (critères 2017 remplis)', 'hypermobile Ehlers-Danlos syndrome (2017 criteria met)')),
                   (c.t('neurofibromatose de type 1 (≥ 6 taches café-au-lait, nodules de Lisch)', 'neurofibromatosis type 1 (≥6 café-au-lait macules, Lisch nodules)')),
                   (c.t('syndrome de Turner en mosaïque (45,X/46,XX)', 'mosaic Turner syndrome (45,X/46,XX)')
                    if p.sex == 'F' else c.t('syndrome de Klinefelter (47,XXY)', 'Klinefelter syndrome (47,XXY)')),
                   (c.t('dystrophie myotonique de type 1 (CTG 450 répétitions)', 'myotonic dystrophy type 1 (450 CTG repeats)'))])
    lines = ['##' + c.t('Consultation en génétique médicale', 'Medical Genetics Consultation'),
             c.t('Patient(e) : ', 'Patient: ') + L.name(p, 'SURFIRST'),
             c.t('Date de naissance : ', 'Date of birth: ') + L.dob(p, 0),
             L.id_line(p, prefer='nam' if p.nam else 'mrn'),
             c.t('Raison de consultation : évaluation génétique demandée par le médecin de famille.',
                 'Reason: genetic assessment requested by the family physician.'),
             L.dx(c.t('Impression : ', 'Impression: ') + cond),
             c.t('Plan : échocardiographie, suivi annuel, counselling reproductif offert.',
                 'Plan: echocardiogram, yearly follow-up, reproductive counselling offered.'), '', gen.display(c.lang)]
    fn = c.pick([c.t('Consultation_genetique.pdf', 'Genetics_consult.pdf'), 'CONS_%s.pdf' % dt.strftime('%Y%m%d'),
                 '%s_%s_consult.pdf' % (p.surname.replace(' ', ''), p.given[:1])])
    att = pdf_part(c.rng, fn, lines, title=c.t('Consultation', 'Consultation'), author=gen.full)
    ext = c.pick([('GMF des Trois-Rivières', 'gmf3r.example'), ('Clinique médicale Lafontaine', 'cm-lafontaine.example')])
    body = join(greet(c, formal=True), c.t('Ci-joint la note de consultation de votre patient(e).',
                                            'Please find attached the consultation note for your patient.'),
                close(c), signature(c, gen))
    spec = {'from': who_addr(c, gen), 'to': [(ext[0], 'reception@' + ext[1])], 'date': dt, 'body': body,
            'attachments': [att], 'subject': c.t('Note de consultation — génétique', 'Consultation note — genetics')}
    return result(c, 'consult_reply', 'genetics consultation note PDF with NAM/DOB and diagnosis', L, spec)


def prenatal_screen_letter(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (22, 44), p_nam=0.55)
    nurse = c.staff('gc')
    dt = c.when()
    risk = c.pick(['1/38', '1/112', '1/250', '1/19'])
    paras = [L.name(p, 'title'), L.addr(p), '',
             c.t('Programme québécois de dépistage prénatal de la trisomie 21', 'Quebec prenatal screening programme for trisomy 21'),
             L.res(c.t('Votre résultat de dépistage (échographie de clarté nucale + marqueurs sériques) indique un risque '
                       'de %s, considéré comme élevé.' % risk,
                       'Your screening result (nuchal translucency scan + serum markers) shows a risk of %s, '
                       'which is considered high.' % risk)),
             c.t('Une infirmière vous appellera au %s pour vous offrir un DPNI ou une amniocentèse.' % L.phone(p),
                 'A nurse will call you at %s to offer NIPT or amniocentesis.' % L.phone(p))]
    if p.nam and c.chance(0.7):
        paras.insert(2, 'NAM : ' + L.nam(p))
    att = docx_part(c.rng, c.t('Lettre_resultat_depistage.docx', 'Screening_result_letter.docx'), paras,
                    title=c.t('Lettre résultat', 'Result letter'), author=nurse.full)
    admin = c.staff('admin')
    body = join(greet(c, admin.given), c.t('Lettre à envoyer par la poste aujourd\'hui SVP.', 'Letter to mail out today please.'),
                signature(c, nurse, full=False))
    spec = {'from': who_addr(c, nurse), 'to': [who_addr(c, admin)], 'date': dt, 'body': body, 'attachments': [att],
            'subject': c.t('Lettre dépistage prénatal', 'Prenatal screening letter')}
    return result(c, 'prenatal_screen_letter', 'high-risk prenatal screening letter with home address', L, spec)


TEMPLATES = {
    'genetic_result': genetic_result,
    'family_letter': family_letter,
    'microarray_child': microarray_child,
    'carrier_couple': carrier_couple,
    'nipt_result': nipt_result,
    'ultrasound_followup': ultrasound_followup,
    'amnio_invite': amnio_invite,
    'rounds_identified': rounds_identified,
    'subject_only_nipt': subject_only_nipt,
    'consult_reply': consult_reply,
    'prenatal_screen_letter': prenatal_screen_letter,
}
