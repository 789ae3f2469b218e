"""Positive templates, part C: records, insurers, out-of-country patients, ICS/vCard/ZIP/.eml carriers."""
import datetime as dt

import gen_attach as A
import gen_clinical as K
import gen_common as C
import gen_tpl as T
from gen_pos_a import E, exam_for
from gen_tpl import S


def p_image_transfer(ctx):
    """Health records sends prior images/reports to another hospital (ZIP with index CSV and PDF)."""
    fr = ctx.fr
    rec = S('clerk_rec')
    dest = ctx.pick([('Imagerie - CHU des Deux-Rives', 'imagerie@chu-deuxrives.example'),
                     ('Neurosurgery Clinic - Ottawa Valley Hospital', 'neurosx@ovh.example'),
                     ('Archives - Hôpital de la Baie-Grise', 'archives@hbaiegrise.example')])
    p = ctx.patient(ctx.pick(['nam', 'qc']) if fr else ctx.pick(['nam', 'en', 'on']))
    exams = [exam_for(ctx, p, ['mri_brain', 'ct_head', 'mri_lspine', 'ct_chest', 'ct_abdo']) for _ in range(ctx.rng.randint(1, 3))]
    ctx.add('date_of_birth')
    rows = [ctx.t('Nom;DDN;Sexe;Identifiant;Examen;Date;Accès', 'Name;DOB;Sex;ID;Exam;Date;Accession').split(';')]
    nm = ctx.name(p, ctx.pick(['sur_first', 'upper']))
    ident = ctx.nam(p, safe=True) if p.nam else (ctx.ohip(p, safe=True) if p.kind == 'on' else ctx.mrn(p, safe=True))
    dob = ctx.dob(p)
    for e in exams:
        rows.append([nm, dob, p.sex, ident, T.exam_name(ctx, e), ctx.fdate(ctx.past_day(30, 700), 'iso'), T.accession(ctx)])
    rad = S('rad_neuro')
    pdf = T.report_pdf(ctx, p, exams[0], rad, id_kind='nam' if p.nam else 'mrn')
    members = [('index.csv', A.make_csv(rows, ';').encode('utf-8')), (ctx.t('rapport_', 'report_') + '1.pdf', pdf),
               ('LISEZMOI.txt' if fr else 'README.txt', ctx.t('Images DICOM transmises via le portail sécurisé (lien séparé).\n',
                                                               'DICOM images sent through the secure portal (separate link).\n').encode('utf-8'))]
    zipb = A.make_zip(members, ctx.date)
    reason = ctx.t('consultation en neurochirurgie', 'neurosurgical consultation') if exams[0]['key'] in ('mri_brain', 'ct_head') else \
        ctx.t('deuxième opinion en oncologie', 'oncology second opinion')
    text = ctx.t('%s\n\nÀ la demande de l\'usager (autorisation signée au dossier), voici les rapports antérieurs pour %s. '
                 'Mot de passe de l\'archive transmis par téléphone.\n\n%s\n',
                 '%s\n\nAt the patient\'s request (signed consent on file), here are the prior reports for the %s. '
                 'Archive password given by phone.\n\n%s\n') % (ctx.greet(formal=True), reason, ctx.sig(rec))
    fn = ctx.pick(['transfert_%s.zip', 'images_%s.zip', 'prior_studies_%s.zip']) % (T.fname_name(ctx, p) if ctx.chance(0.4) else ctx.date.strftime('%Y%m%d'))
    return ctx.spec('image_transfer', ctx.t('transfert de rapports antérieurs à un autre établissement', 'prior reports sent to another hospital'),
                    T.disp(ctx, rec), [dest], ctx.t('Transfert de dossier d\'imagerie', 'Imaging records transfer'), text=text,
                    attachments=[A.att(fn, A.CT_ZIP if ctx.chance(0.7) else 'application/x-zip-compressed', data=zipb)])


def p_insurer_form(ctx):
    """Form for a private insurer with SIN and imaging result."""
    fr = ctx.fr
    rad = S(ctx.pick(['rad_msk', 'rad_body']))
    rec = S('clerk_rec')
    ins = ctx.pick([('Assurance Vie Boréale - Invalidité', 'invalidite@boreale-assurance.example'),
                    ('Northgate Mutual - Disability Claims', 'claims@northgate-mutual.example'),
                    ('Groupe Laurentien Assurances', 'reclamations@glassur.example')])
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam']), age=(25, 64))
    exam = exam_for(ctx, p, ['mri_lspine', 'mri_knee', 'ct_head', 'mri_brain'])
    f = T.finding(ctx, exam)
    rows = [(ctx.t('Nom de l\'assuré', 'Insured name'), ctx.name(p, ctx.pick(['full', 'sur_first', 'upper']))),
            (ctx.t('Date de naissance', 'Date of birth'), ctx.dob(p)), (ctx.t('Sexe', 'Sex'), p.sex),
            (ctx.t('NAS', 'SIN'), ctx.sin(p, safe=True)),
            (ctx.t('No de police / certificat', 'Policy / certificate'), 'GRP-%05d / %06d' % (ctx.rng.randint(10000, 99999), ctx.rng.randint(0, 999999)))]
    if p.nam:
        rows.append(('NAM', ctx.nam(p, safe=True)))
    rows += [(ctx.t('Examen', 'Exam'), '%s (%s)' % (T.exam_name(ctx, exam), ctx.fdate(ctx.past_day(10, 60), 'iso'))),
             (ctx.t('Résultat', 'Result'), f),
             (ctx.t('Arrêt de travail', 'Off work since'), ctx.fdate(ctx.past_day(30, 90), 'iso'))]
    title = ctx.t('Déclaration du médecin traitant - Invalidité', 'Attending Physician Statement - Disability')
    if ctx.chance(0.5):
        data = A.make_docx(title, [ctx.t('Section B - à remplir par l\'établissement', 'Part B - to be completed by the facility')], ctx.date,
                           table=[list(r) for r in rows], after_table=[rad.titled(ctx.lang)])
        att = A.att(ctx.pick(['formulaire_invalidite.docx', 'APS_form_completed.docx', 'Déclaration médecin.docx']), A.CT_DOCX, data=data)
    else:
        data = A.make_pdf(title, [('h', title), ('kv', rows), ('small', rad.titled(ctx.lang))])
        att = A.att(ctx.pick(['formulaire_invalidité_rempli.pdf', 'claim_form.pdf']), A.CT_PDF, data=data)
    text = ctx.t('%s\n\nEn réponse à votre demande, veuillez trouver le formulaire rempli ainsi que le résultat de l\'examen. '
                 'Des frais de 45 $ s\'appliquent (facture suivra).\n\n%s\n',
                 '%s\n\nFurther to your request, please find the completed form and the exam result. '
                 'A $45 fee applies (invoice to follow).\n\n%s\n') % (ctx.greet(formal=True), ctx.sig(rec))
    subj = ctx.t('Réclamation %s - formulaire médecin', 'Claim %s - physician form') % ('%07d' % ctx.rng.randint(0, 9999999))
    return ctx.spec('insurer_form', ctx.t('formulaire d\'assureur avec NAS et résultat', 'insurer form with SIN and result'),
                    T.disp(ctx, rec), [ins], subj, text=text, attachments=[att])


def p_foreign(ctx):
    """Out-of-country patient (Belgium or France): billing and medical summary."""
    fr = ctx.fr
    bill = S('clerk_rec')
    kind = ctx.pick(['be', 'fra'])
    p = ctx.patient(kind, age=(20, 85))
    exam = exam_for(ctx, p, ['ct_head', 'ct_abdo', 'us_doppler', 'ct_chest', 'mri_knee'])
    f = T.finding(ctx, exam)
    ident = ctx.niss(p) if kind == 'be' else ctx.nir(p)
    idlab = ctx.t('NISS', 'NISS (Belgian national no.)') if kind == 'be' else ctx.t('NIR (sécurité sociale)', 'NIR (French social security no.)')
    if kind == 'be':
        org = ('Mutualité Saint-Hubert - Service étranger', 'etranger@mut-sthubert.example')
        home = ctx.pick(['rue des Tilleuls 14, 4000 Liège', 'Kerkstraat 82, 9000 Gent', 'avenue Brugmann 210, 1190 Forest'])
    else:
        org = ('CPAM Val-de-Loire - Soins à l\'étranger', 'soins.etranger@cpam-vdl.example')
        home = ctx.pick(['12 rue Lamartine, 69003 Lyon', '4 allée des Peupliers, 44300 Nantes', '27 boulevard Voltaire, 75011 Paris'])
    ctx.add('patient_contact')
    amount = '%d,%02d $' % (ctx.rng.randint(280, 1900), ctx.rng.randint(0, 99))
    if fr:
        text = ('Madame, Monsieur,\n\nVotre assuré(e) %s, né(e) le %s, %s : %s, domicilié(e) %s, a été vu(e) à notre urgence le %s '
                'pendant un séjour au Québec.\n\nExamen : %s\nConclusion : %s\n\nMontant facturé : %s CAD (facture HRVC-%06d jointe). '
                'Merci de nous indiquer la marche à suivre pour le remboursement.\n\n%s\n') % (
            ctx.name(p, ctx.pick(['title_full', 'upper', 'full'])), ctx.dob(p), idlab, ident, home, ctx.fdate(ctx.past_day(3, 30), 'long'),
            T.exam_name(ctx, exam), f, amount, ctx.rng.randint(0, 999999), ctx.sig(bill))
    else:
        text = ('Dear Sir or Madam,\n\nYour member %s, born %s, %s: %s, residing at %s, was seen in our emergency department on %s '
                'while visiting Canada.\n\nExam: %s\nConclusion: %s\n\nAmount billed: %s CAD (invoice HRVC-%06d attached). '
                'Please advise on the reimbursement process.\n\n%s\n') % (
            ctx.name(p, ctx.pick(['title_full', 'upper', 'full'])), ctx.dob(p), idlab, ident, home, ctx.fdate(ctx.past_day(3, 30), 'long'),
            T.exam_name(ctx, exam), f, amount.replace(',', '.'), ctx.rng.randint(0, 999999), ctx.sig(bill))
    atts = []
    if ctx.chance(0.5):
        inv = A.make_pdf('Facture', [('h', ctx.t('FACTURE - PATIENT NON RÉSIDENT', 'INVOICE - NON-RESIDENT PATIENT')),
                                     ('kv', [(ctx.t('Patient', 'Patient'), '%s %s' % (p.surname.upper(), p.given)), (idlab, C.fmt_niss(p._niss, 'official') if kind == 'be' else C.fmt_nir(p._nir, 'official')),
                                             (ctx.t('Service', 'Service'), T.exam_name(ctx, exam)), (ctx.t('Montant', 'Amount'), amount)])])
        atts.append(A.att(ctx.pick(['facture_%s.pdf', 'invoice_%s.pdf']) % ctx.date.strftime('%Y%m%d'), A.CT_PDF, data=inv))
    return ctx.spec('foreign_billing', ctx.t('facturation patient étranger avec résumé médical', 'foreign patient billing with medical summary'),
                    T.disp(ctx, bill), [org], ctx.t('Soins reçus au Canada - demande de remboursement', 'Care received in Canada - reimbursement request'),
                    text=text, attachments=atts, cc=[T.box(ctx, 'billing')])


def p_ontario(ctx):
    """Interprovincial billing batch or an Ontario patient's follow-up."""
    fr = ctx.fr
    bill = S(ctx.pick(['clerk_rec', 'clerk_book']))
    n = ctx.rng.randint(3, 6)
    rows = [ctx.t('Nom|Prénom|DDN|No carte santé ON|Examen|Date|Motif', 'Surname|Given|DOB|ON health no.|Exam|Date|Reason').split('|')]
    for _ in range(n):
        p = ctx.patient('on')
        e = exam_for(ctx, p, ['ct_head', 'us_abdo', 'ct_abdo', 'us_doppler', 'mri_knee'])
        ctx.add('patient_name')
        rows.append([p.surname, p.given, ctx.dob(p, 'iso'), ctx.ohip(p, safe=True), T.exam_name(ctx, e, True),
                     ctx.fdate(ctx.past_day(5, 60), 'iso'), T.indication(ctx, e)])
    if ctx.chance(0.5):
        att = A.att('interprov_%s.xlsx' % ctx.date.strftime('%Y%m'), A.CT_XLSX, data=A.make_xlsx([('ON', rows)], ctx.date))
    else:
        att = A.att('interprov_%s.csv' % ctx.date.strftime('%Y%m'), 'text/csv', text=A.make_csv(rows), charset='us-ascii' if not fr else 'utf-8')
    text = ctx.t('%s\n\nLot de réclamations interprovinciales (Ontario) du mois. Deux cartes expirées à revalider.\n\n%s\n',
                 '%s\n\nThis month\'s interprovincial claims batch (Ontario). Two expired cards to re-validate.\n\n%s\n') % (ctx.greet(), ctx.sig(bill))
    return ctx.spec('interprovincial_billing', ctx.t('lot de facturation interprovinciale', 'interprovincial billing batch'),
                    T.disp(ctx, bill), [T.box(ctx, 'billing')], ctx.t('Réclamations Ontario - %s', 'Ontario claims - %s') % ctx.date.strftime('%Y-%m'),
                    text=text, attachments=[att])


def p_peds_sedation(ctx):
    """Paediatric MRI under sedation for a child followed by youth protection."""
    fr = ctx.fr
    rad, nurse = S('rad_peds'), S('nurse_ir2')
    p = ctx.patient(ctx.pick(['qc', 'qc', 'nam']) if fr else ctx.pick(['en', 'nam']), age=(2, 12))
    exam = E[ctx.pick(['mri_brain', 'mri_lspine'])]
    ctx.add('social_information', 'diagnosis', 'medication')
    worker = ctx.pick(['Mme Lafontaine', 'M. Desormeaux', 'Mme Kirouac']) if fr else ctx.pick(['Ms. Lafontaine', 'Mr. Desormeaux'])
    nm = ctx.name(p, ctx.pick(['full', 'upper', 'sur_first']))
    idl = (ctx.t('NAM %s, ', 'RAMQ %s, ') % ctx.nam(p)) if p.nam else (ctx.t('dossier %s, ', 'MRN %s, ') % ctx.mrn(p))
    when = ctx.day(4, 20)
    if fr:
        text = ('%s\n\nIRM cérébrale sous sédation pour %s (%sDDN %s, %s), %d ans : convulsions focales récidivantes malgré lévétiracétam.\n'
                'L\'enfant est placé en famille d\'accueil (dossier DPJ actif) ; le consentement doit être signé par l\'intervenante, %s, '
                'et non par les parents biologiques. Ne pas communiquer la date aux parents.\n\nRDV proposé : %s à %s, à jeun 6 h. '
                'Sédation : hydrate de chloral 50 mg/kg ou midazolam selon l\'anesthésie.\n\n%s\n') % (
            ctx.greet(), nm, idl, ctx.dob(p), ctx.sex(p), ctx.age(p), worker, ctx.fday(when), ctx.hm(), ctx.sig(nurse))
    else:
        text = ('%s\n\nMRI brain under sedation for %s (%sDOB %s, %s), age %d: recurrent focal seizures despite levetiracetam.\n'
                'The child is in foster care (open youth protection file); consent must be signed by the caseworker, %s, '
                'not by the biological parents. Do not give the date to the parents.\n\nProposed: %s at %s, NPO 6 h. '
                'Sedation: chloral hydrate 50 mg/kg or midazolam per anaesthesia.\n\n%s\n') % (
            ctx.greet(), nm, idl, ctx.dob(p), ctx.sex(p), ctx.age(p), worker, ctx.fday(when), ctx.hm(), ctx.sig(nurse))
    return ctx.spec('paediatric_sedation', ctx.t('IRM pédiatrique sous sédation, enfant suivi par la protection de la jeunesse', 'paediatric MRI under sedation, child in foster care'),
                    T.disp(ctx, nurse), [T.disp(ctx, rad), T.box(ctx, 'mri')], ctx.t('IRM sous sédation - consentement DPJ', 'Sedated MRI - youth protection consent'),
                    text=text)


def p_forward_eml(ctx):
    """A message forwarded as an attached .eml; patient data only inside the attachment."""
    fr = ctx.fr
    rad = S(ctx.pick(['rad_body', 'rad_chest', 'rad_neuro']))
    fwd = S(ctx.pick(['chief', 'quality', 'tech_chief']))
    ref = ctx.ext_md()
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam']))
    exam = exam_for(ctx, p, ['ct_abdo', 'ct_chest', 'mri_brain', 'us_pelvis', 'us_thyroid'])
    rep, _ = T.report_text(ctx, p, exam, rad, id_kind='nam' if p.nam else 'mrn', safe=False)
    inner_date = T.earlier(ctx, 600, 5000)
    inner_text = ctx.t('%s\n\nAddendum au rapport : comparaison faite avec l\'examen externe, conclusion modifiée.\n\n%s\n\n%s\n',
                       '%s\n\nAddendum to the report: compared with the outside study, conclusion amended.\n\n%s\n\n%s\n') % (ctx.greet(ref), rep, rad.titled(ctx.lang))
    inner = dict(category='inner', lang=ctx.lang, frm=T.disp(ctx, rad), to=[T.disp(ctx, ref)], cc=[],
                 subject=ctx.t('Addendum - %s', 'Addendum - %s') % T.exam_name(ctx, exam, True),
                 text=inner_text, html=None, attachments=[], body=None, headers=[], date=inner_date, rng=ctx.rng)
    outer = ctx.t('%s\n\nPour la revue de cas de jeudi (écart entre rapport préliminaire et final). Message d\'origine en pièce jointe.\n\n%s\n',
                  '%s\n\nFor Thursday\'s discrepancy review (preliminary vs final report). Original message attached.\n\n%s\n') % (ctx.greet(), ctx.sig(fwd))
    fn = ctx.pick(['Addendum.eml', 'message_origine.eml', 'FW addendum.eml', 'Addendum - rapport révisé.eml'])
    return ctx.spec('forwarded_report', ctx.t('rapport transféré en pièce jointe .eml', 'report forwarded as attached .eml'),
                    T.disp(ctx, fwd), [T.box(ctx, 'rads')], ctx.t('TR: Addendum pour revue de cas', 'FW: Addendum for case review'),
                    text=outer, attachments=[dict(kind='eml', filename=fn, spec=inner)])


def p_ics(ctx):
    """Calendar invitation for an IR procedure or a sedated MRI, patient in the summary/description."""
    fr = ctx.fr
    nurse, rad = S('nurse_ir'), S('rad_ir')
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam']), age=(35, 92))
    proc = ctx.pick([x for x in K.IR_PROCS if x.get('sex', p.sex) == p.sex])
    ac = ctx.pick(K.ANTICOAG)
    ctx.add('diagnosis', 'medication')
    d = ctx.day(2, 14)
    h = ctx.rng.randint(8, 14)
    start = dt.datetime(d.year, d.month, d.day, h, ctx.pick([0, 30]))
    end = start + dt.timedelta(minutes=90)
    nm = ctx.name(p, ctx.pick(['upper', 'sur_first', 'initial_sur_first']))
    ident = ctx.mrn(p, safe=True)
    summary = '%s - %s (%s)' % ((proc['fr'] if fr else proc['en']).capitalize(), nm, ident)
    desc = ctx.t('Indication : %s\nAnticoagulant : %s - %s\nSalle RI 2, %s\n', 'Indication: %s\nAnticoagulant: %s - %s\nIR suite 2, %s\n') % (
        proc['ind_fr'] if fr else proc['ind_en'], ac['fr'] if fr else ac['en'], ac['hold_fr'] if fr else ac['hold_en'], rad.titled(ctx.lang))
    if p.nam:
        desc += 'NAM %s - DDN %s - %s\n' % (ctx.nam(p, safe=True), ctx.dob(p), ctx.sex(p))
    ics = A.make_ics('ri-%08x@%s' % (ctx.rng.getrandbits(32), T.D), start, end, summary, ctx.t('Radiologie d\'intervention, salle 2', 'IR suite 2'),
                     desc, (nurse.full(), nurse.addr), [(rad.full(), rad.addr), (S('tech_ir').full(), S('tech_ir').addr)], stamp=ctx.date)
    text = ctx.t('Invitation : %s\n\nVoir les détails dans l\'invitation.\n', 'Invitation: %s\n\nSee details in the invitation.\n') % ctx.fday(d)
    return ctx.spec('calendar_invite', ctx.t('invitation calendrier pour une intervention', 'calendar invitation for a procedure'),
                    T.disp(ctx, nurse), [T.disp(ctx, rad), T.disp(ctx, S('tech_ir'))], summary,
                    text=text, attachments=[A.att('invite.ics', 'text/calendar; method=REQUEST', text=ics, charset='utf-8',
                                                  cte=ctx.pick([None, 'base64', 'quoted-printable']))])


def p_vcard(ctx):
    """A patient's contact card shared to arrange a biopsy or recall."""
    fr = ctx.fr
    clerk, rad = S('clerk_mammo'), S('rad_breast')
    p = ctx.patient('qc' if fr else 'en', age=(40, 80), sex='F')
    ctx.add('lab_result', 'diagnosis')
    ph = ctx.phone(p)
    addr = ctx.address(p, oneline=False).split('\n')
    fn = ctx.name(p, 'full')
    vc = A.make_vcard(fn, [p.surname, p.given, '', '', ''], tel=ph, adr=[addr[0], addr[1], '', '', 'Canada'],
                      note=ctx.t('Patiente - convocation biopsie', 'Patient - biopsy booking'))
    text = ctx.t('%s\n\nCoordonnées de la patiente en pièce jointe : BI-RADS 4B à l\'écho d\'hier, biopsie sous écho à planifier cette semaine. '
                 'Elle préfère être appelée après 16 h.\n\n%s\n',
                 '%s\n\nPatient contact card attached: BI-RADS 4B on yesterday\'s ultrasound, US-guided biopsy to book this week. '
                 'She prefers calls after 4 pm.\n\n%s\n') % (ctx.greet(), ctx.sig(rad))
    vname = ctx.pick(['%s.vcf' % fn, 'contact.vcf', '%s %s.vcf' % (p.given, p.surname)])
    return ctx.spec('contact_card', ctx.t('fiche contact de patiente pour convocation', 'patient contact card for booking'),
                    T.disp(ctx, rad), [T.disp(ctx, clerk)], ctx.t('Biopsie à planifier', 'Biopsy to book'), text=text,
                    attachments=[A.att(vname, ctx.pick(['text/vcard', 'text/x-vcard']), text=vc)])


def p_nodule_registry(ctx):
    """Incidental findings follow-up registry extract (CSV / XLSX)."""
    fr = ctx.fr
    nurse, rad = S('nurse_ir2'), S('rad_chest')
    n = ctx.rng.randint(5, 9)
    rows = [ctx.t('dossier,nom,ddn,examen_index,trouvaille,recommandation,echeance', 'mrn,name,dob,index_exam,finding,recommendation,due').split(',')]
    ctx.add('diagnosis')
    finds_fr = ['nodule pulmonaire 7 mm', 'nodule surrénalien 2,1 cm', 'kyste pancréatique 14 mm', 'anévrisme aorte abdo 4,2 cm', 'nodule thyroïdien 1,6 cm']
    finds_en = ['7 mm lung nodule', '2.1 cm adrenal nodule', '14 mm pancreatic cyst', '4.2 cm AAA', '1.6 cm thyroid nodule']
    recs_fr = ['TDM contrôle 6 mois', 'TDM surrénales', 'IRM 1 an', 'écho 12 mois', 'cytoponction']
    recs_en = ['CT in 6 months', 'adrenal protocol CT', 'MRI in 1 year', 'US in 12 months', 'FNA']
    for _ in range(n):
        p = ctx.patient(ctx.pick(['qc', 'en']))
        k = ctx.rng.randrange(5)
        rows.append([ctx.mrn(p, safe=True), ctx.name(p, ctx.pick(['sur_first_mixed', 'upper', 'lower'])), ctx.dob(p, 'iso'),
                     ctx.pick(['TDM thorax', 'TDM A/P', 'écho']) if fr else ctx.pick(['CT chest', 'CT A/P', 'US']),
                     (finds_fr if fr else finds_en)[k], (recs_fr if fr else recs_en)[k], ctx.fdate(ctx.day(10, 200), 'iso')])
    if ctx.chance(0.6):
        att = A.att(ctx.pick(['suivi_trouvailles_%s.csv', 'incidental_followup_%s.csv']) % ctx.date.strftime('%Y%m%d'), 'text/csv',
                    text=A.make_csv(rows), charset=ctx.pick(['utf-8', 'iso-8859-1']))
    else:
        att = A.att(ctx.pick(['registre_%s.xlsx', 'registry_%s.xlsx']) % ctx.date.strftime('%Y%m'), A.CT_XLSX, data=A.make_xlsx([('Suivi' if fr else 'Follow-up', rows)], ctx.date))
    text = ctx.t('%s\n\nExtraction du registre des trouvailles fortuites : patients dont l\'échéance de suivi arrive dans les 6 prochains mois '
                 'et pour qui aucune requête n\'est au RIS.\n\n%s\n',
                 '%s\n\nIncidental findings registry extract: patients due for follow-up in the next 6 months with no order in the RIS.\n\n%s\n') % (ctx.greet(rad), ctx.sig(nurse))
    return ctx.spec('followup_registry', ctx.t('extraction du registre de suivi des trouvailles fortuites', 'incidental findings registry extract'),
                    T.disp(ctx, nurse), [T.disp(ctx, rad)], ctx.t('Registre trouvailles fortuites - à relancer', 'Incidental findings - overdue follow-ups'),
                    text=text, attachments=[att])


def p_subject_only(ctx):
    """The patient is named only in the Subject; the body carries the clinical content."""
    fr = ctx.fr
    a, b = S(ctx.pick(['rad_ir', 'nurse_ir'])), S(ctx.pick(['nurse_ir2', 'clerk_book', 'rad_body']))
    kind = ctx.rng.randint(0, 2)
    p = ctx.patient('qc' if fr else 'en', sex='F' if kind == 2 else None)
    lab = K.lab_values(ctx.rng, ctx.lang)
    ctx.add('lab_result')
    nm = ctx.name(p, ctx.pick(['sur_first_mixed', 'initial_sur_first', 'upper', 'lower', 'title_sur']))
    if kind == 0:
        subj = ctx.t('%s - biopsie reportée', '%s - biopsy postponed') % nm
        text = ctx.t('Plaquettes à %d ce matin, on reporte après transfusion. Avisée par téléphone.\n', 'Platelets %d this morning, postponing until after transfusion. Patient informed by phone.\n') % ctx.rng.randint(31, 48)
    elif kind == 1:
        ctx.add('diagnosis')
        subj = ctx.t('Re: %s', 'Re: %s') % nm
        text = ctx.t('%s, %s. Je ne fais pas le TDM injecté, on passe à l\'IRM sans gado. Néphro avisé pour l\'IRA.\n',
                     '%s, %s. Not doing the contrast CT, switching to non-contrast MRI. Nephrology aware of the AKI.\n') % (lab['creat'].capitalize(), lab['egfr'])
    else:
        ctx.add('diagnosis')
        subj = ctx.t('%s (écho) - β-hCG positif', '%s (US) - positive beta-hCG') % nm
        text = ctx.t('β-hCG positif au prélèvement de 8 h ; on annule le TDM pelvien et je la mets en écho obstétricale précoce demain.\n',
                     'Positive beta-hCG on the 8 am draw; cancelling the pelvic CT, booked an early obstetric US tomorrow.\n')
    text += '\n' + a.given + '\n'
    return ctx.spec('quick_note', ctx.t('note rapide, nom seulement dans l\'objet', 'quick note, name only in subject'),
                    T.disp(ctx, a), [T.disp(ctx, b)], subj, text=text)


def p_attachment_name_only(ctx):
    """The name appears only in the attachment's file name; the PDF holds the report without identifiers."""
    fr = ctx.fr
    rad = S(ctx.pick(['rad_body', 'rad_msk', 'rad_neuro']))
    ref = ctx.ext_md()
    p = ctx.patient('qc' if fr else 'en')
    exam = exam_for(ctx, p, ['us_thyroid', 'us_abdo', 'mri_knee', 'mri_lspine', 'us_pelvis', 'ct_chest'])
    body = T.report_body(ctx, exam, rad, contrast=False)
    pdf = A.make_pdf(ctx.t('Rapport', 'Report'), [('h', T.exam_name(ctx, exam).upper()), ('p', '\n'.join(body))])
    fn = '%s_%s_%s.pdf' % (T.exam_name(ctx, exam, True).replace(' ', '-').replace('/', '-'), T.fname_name(ctx, p, upper=ctx.chance(0.5)), ctx.fdate(ctx.past_day(0, 5), 'iso'))
    text = ctx.t('%s\n\nRapport en pièce jointe comme demandé au téléphone.\n\n%s\n', '%s\n\nReport attached as discussed on the phone.\n\n%s\n') % (ctx.greet(ref), ctx.sig(rad))
    return ctx.spec('report_attachment', ctx.t('rapport joint, nom seulement dans le nom du fichier', 'attached report, name only in file name'),
                    T.disp(ctx, rad), [T.disp(ctx, ref)], ctx.t('Rapport demandé', 'Requested report'), text=text,
                    attachments=[A.att(fn, A.CT_PDF, data=pdf)])


def p_shelter_recall(ctx):
    """Screening recall for a woman living in a shelter: no mail to the home address."""
    fr = ctx.fr
    sw, clerk = S('social_w'), S('clerk_mammo')
    p = ctx.patient('qc' if fr else 'en', age=(45, 70), sex='F')
    ctx.add('social_information', 'lab_result')
    nm = ctx.name(p, ctx.pick(['title_full', 'full', 'sur_first']))
    ident = ctx.t('dossier %s', 'MRN %s') % ctx.mrn(p) if ctx.chance(0.6) else ctx.t('née le %s', 'born %s') % ctx.dob(p)
    shelter = ctx.pick(['la maison d\'hébergement La Traverse', 'un refuge pour femmes (adresse confidentielle)']) if fr else \
        ctx.pick(['a women\'s shelter (confidential address)', 'the Harbour House shelter'])
    if fr:
        text = ('%s\n\nConcernant %s (%s) : mammographie de rappel BI-RADS 0, la lettre est revenue. Elle a quitté le domicile conjugal '
                'en raison de violence et réside maintenant dans %s. Ne rien envoyer à l\'ancienne adresse et ne pas parler au conjoint '
                's\'il appelle.\nLa joindre via l\'intervenante au %s, poste 2.\n\n%s\n') % (ctx.greet(clerk), nm, ident, shelter, C.phone(ctx.rng), ctx.sig(sw))
    else:
        text = ('%s\n\nRe %s (%s): BI-RADS 0 recall, the letter came back. She left home because of domestic violence and now lives at %s. '
                'Send nothing to the old address and do not speak to the husband if he calls.\nReach her through the caseworker at %s, ext. 2.\n\n%s\n') % (
            ctx.greet(clerk), nm, ident, shelter, C.phone(ctx.rng), ctx.sig(sw))
    return ctx.spec('social_note', ctx.t('note sociale sur une patiente rappelée en dépistage', 'social work note on a screening recall'),
                    T.disp(ctx, sw), [T.disp(ctx, clerk)], ctx.t('Confidentiel - rappel dépistage', 'Confidential - screening recall'), text=text)


def p_incident(ctx):
    """Incident report: contrast extravasation or wrong-patient exam."""
    fr = ctx.fr
    tech, q = S(ctx.pick(['tech_ct', 'tech_chief'])), S('quality')
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam']))
    ctx.add('medication', 'diagnosis')
    vol = ctx.rng.randint(30, 90)
    fields = [(ctx.t('Usager', 'Patient'), ctx.name(p, ctx.pick(['sur_first', 'upper', 'full']))), (ctx.t('Dossier', 'MRN'), ctx.mrn(p, safe=True))]
    if p.nam:
        fields += [('NAM', ctx.nam(p, safe=True)), (ctx.t('DDN', 'DOB'), ctx.dob(p)), (ctx.t('Sexe', 'Sex'), p.sex)]
    fields += [(ctx.t('Événement', 'Event'), ctx.t('Extravasation de %d mL d\'iohexol (Omnipaque 350) au pli du coude gauche', 'Extravasation of %d mL iohexol (Omnipaque 350), left antecubital') % vol),
               (ctx.t('Conséquences', 'Outcome'), ctx.pick([ctx.t('œdème et douleur, membre surélevé, compresses froides', 'swelling and pain, limb elevated, cold packs'),
                                                           ctx.t('phlyctène, consultation plastie demandée', 'blistering, plastics consult requested')])),
               (ctx.t('Gravité', 'Severity'), ctx.pick(['C', 'D']))]
    if ctx.chance(0.5):
        data = A.make_docx(ctx.t('Rapport de déclaration d\'incident/accident (AH-223)', 'Incident report'), [], ctx.date, table=[list(f) for f in fields])
        atts = [A.att(ctx.pick(['AH-223_%s.docx', 'incident_%s.docx']) % ctx.date.strftime('%Y%m%d'), A.CT_DOCX, data=data)]
        text = ctx.t('%s\n\nDéclaration jointe pour l\'extravasation de ce matin en TDM. La patiente a été vue par l\'urgentologue.\n\n%s\n',
                     '%s\n\nIncident report attached for this morning\'s CT extravasation. Patient assessed by the ED physician.\n\n%s\n') % (ctx.greet(q), ctx.sig(tech))
    else:
        atts = []
        text = '%s\n\n%s\n\n%s\n' % (ctx.greet(q), T.kv_text(ctx, fields), ctx.sig(tech))
    return ctx.spec('incident_report', ctx.t('déclaration d\'incident d\'extravasation', 'contrast extravasation incident report'),
                    T.disp(ctx, tech), [T.disp(ctx, q)], ctx.t('Déclaration incident TDM', 'CT incident report'), text=text, attachments=atts)


def p_thread(ctx):
    """Three-message scheduling thread; patient details sit in the oldest quoted message."""
    fr = ctx.fr
    ref = ctx.ext_md()
    clerk, rad = S('clerk_book'), S(ctx.pick(['rad_neuro', 'rad_msk']))
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam']))
    exam = E['mri_lspine']
    ctx.add('diagnosis')
    first = ctx.t('%s\n\nMon patient %s (%s) attend son %s depuis 5 mois pour %s. Nouvelle faiblesse du pied depuis 2 semaines. Possible de devancer ?\n\n%s',
                  '%s\n\nMy patient %s (%s) has been waiting 5 months for the %s (%s). Now has foot weakness. Can it be moved up?\n\n%s') % (
        ctx.greet(), ctx.name(p, ctx.pick(['full', 'title_full', 'upper'])),
        (ctx.t('NAM ', 'RAMQ ') + ctx.nam(p) + ', ' + ctx.dob(p) + ', ' + ctx.sex(p)) if p.nam else (ctx.t('DDN ', 'DOB ') + ctx.dob(p)),
        T.exam_name(ctx, exam), T.indication(ctx, exam), ref.titled(ctx.lang))
    t0 = T.earlier(ctx, 1500, 3000)
    second = ctx.t('Je transfère à %s pour repriorisation.\n\n%s', 'Forwarding to %s for re-triage.\n\n%s') % (rad.titled(ctx.lang), clerk.given)
    t1 = T.earlier(ctx, 200, 1400)
    q1 = ctx.quote(first, ref, t0, 'gt')
    mid = second + '\n\n' + q1
    top = ctx.t('OK pour P2, mettez-le sur la plage de jeudi soir.\n\n%s', 'OK for P2, use Thursday evening\'s slot.\n\n%s') % rad.given
    text = top + '\n\n' + ctx.quote(mid, clerk, t1, 'gt')
    subj = ctx.t('RE: TR: Devancer %s ?', 'RE: FW: Move up %s?') % T.exam_name(ctx, exam, True)
    return ctx.spec('reply_thread', ctx.t('fil de réponses sur une repriorisation', 'reply thread on exam re-triage'),
                    T.disp(ctx, rad), [T.disp(ctx, clerk)], subj, text=text, cc=[T.disp(ctx, ref)], headers=T.thread_headers(ctx, t1))
