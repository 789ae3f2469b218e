"""Positive templates, part C: claims, imaging, discharge, threads, repairs, out-of-province
and foreign identifiers."""
import datetime as dt

from gen_common import (L, Spec, Att, ORG, d_long, d_day, d_iso, hhmm, pat_word, he, ne, thanks, greet,
                        phone_fmt, quote, forward, gen_sin, gen_ohip, gen_niss, gen_nir, luhn_serial, sex_str, pick)
from gen_attach import make_pdf, make_docx, make_xlsx
from gen_pos_a import audiogram, audio_rows, audio_text, dx, pta


def t_work_claim(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'diagnosis', 'lab_result', 'date_of_birth'])
    aud = ctx.staff(lang, 'audio')
    ontario = lang == 'en' and ctx.chance(0.5)
    agency = L(lang, {'name': 'CNESST – Direction régionale', 'email': 'reclamations.mauricie@cnesst-dr.example'},
               {'name': 'WSIB Claims Intake' if ontario else 'CNESST Regional Office',
                'email': 'claims.intake@wsib-claims.example' if ontario else 'reclamations@cnesst-dr.example'})
    p = ctx.patient(lang, 45, 70, sex=ctx.pick('MMMF'), nam=(not ontario) and ctx.chance(0.5))
    spec = Spec('work_claim', lang, aud, [agency], '', '')
    sin = gen_sin(rng)
    r, l = audiogram(rng, 'noise')
    employer = ctx.pick(['Scierie Beaurivage inc.', 'Aciérie du Lac ltée', 'Papetière Trois-Lacs', 'Fonderie St-Aubert'])
    lines = []
    if p.nam:
        lines.append(ctx.ident(spec, p, lang, T, dob=True, mrn=False))
    else:
        spec.names.append(p.surname)
        lines.append(L(lang, 'Travailleur : ', 'Worker: ') + ctx.name(p, lang, ctx.pick(['surfirst', 'full', 'upper'])))
        lines.append(L(lang, 'Date de naissance : ', 'Date of birth: ') + ctx.dob(p, lang))
    lines.append(L(lang, 'NAS : ', 'SIN: ') + ctx.sin(spec, sin, T))
    if ontario:
        hn = gen_ohip(rng)
        lines.append('Health card: ' + ctx.ohip(spec, hn, ctx.pick(['', 'KT', 'AB', 'XR']), T))
    lines += [L(lang, 'Employeur : ', 'Employer: ') + employer,
              L(lang, 'Exposition : %d ans, 95-102 dBA, protection auditive intermittente' % rng.randint(15, 34),
                'Exposure: %d years at 95-102 dBA, intermittent hearing protection' % rng.randint(15, 34)),
              L(lang, 'Diagnostic : surdité neurosensorielle bilatérale d\'origine professionnelle',
                'Diagnosis: bilateral noise-induced sensorineural hearing loss'),
              '', audio_text(lang, r, l)]
    spec.subject = ctx.pick([L(lang, 'Réclamation – surdité professionnelle', 'Claim - occupational hearing loss'),
                             L(lang, 'Dossier CNESST – ', 'Claim file - ') + ctx.name(p, lang, 'surfirst'),
                             L(lang, 'Rapport audiologique – réclamation', 'Audiology report for claim')])
    if ctx.chance(0.5):
        pdf = make_pdf(L(lang, 'Rapport d\'évaluation audiologique – surdité professionnelle', 'Audiology report - noise-induced hearing loss'),
                       [x for x in lines if x and '\n' not in x], table=audio_rows(lang, r, l), author=aud['name'])
        spec.atts = [Att(L(lang, 'rapport_audiologique_', 'audiology_report_') + ctx.fname(p) + '.pdf', 'application/pdf', pdf, 'pdf')]
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Veuillez trouver ci-joint le rapport audiologique demandé pour le travailleur.',
                                                   'Please find attached the audiology report requested for this worker.'),
                               L(lang, 'NAS : ', 'SIN: ') + lines[[i for i, x in enumerate(lines) if x.startswith(('NAS', 'SIN'))][0]].split(': ', 1)[1],
                               '', ctx.sig(aud, lang, unit=ORG[lang]['audio'])])
    else:
        spec.text = '\n'.join([greet(rng, lang), ''] + lines + ['', ctx.sig(aud, lang, unit=ORG[lang]['audio'])])
    spec.types = sorted(T)
    spec.note = L(lang, 'rapport pour réclamation de surdité professionnelle', 'report for an occupational hearing-loss claim')
    return spec


def t_imaging(ctx, lang):
    rng = ctx.rng
    T = set(['diagnosis'])
    rad = ctx.staff(lang, 'orl')
    rad = dict(rad, role_label=L(lang, 'Radiologiste', 'Radiologist'))
    ent = ctx.staff(lang, 'otol')
    p = ctx.patient(lang, 3, 85, nam=ctx.chance(0.35))
    spec = Spec('imaging', lang, rad, [ent], '', '')
    mrn_only = ctx.chance(0.35)
    if mrn_only:
        idl = ctx.ident(spec, p, lang, T, dob=ctx.chance(0.5), mrn=True, nam=False, with_name=False)
    else:
        idl = ctx.ident(spec, p, lang, T, dob=ctx.chance(0.5), mrn=True)
    k = ctx.pick(['vs', 'chole', 'eva', 'normal_mri'])
    T.add('lab_result')
    if k == 'normal_mri':
        T.discard('diagnosis')
    size = rng.randint(5, 17)
    rep = {
        'vs': ('IRM des CAI avec gadolinium : lésion rehaussante intracanalaire gauche de %d x %d mm, compatible avec un schwannoma vestibulaire. Pas d\'extension à l\'angle.' % (size, size - 2),
               'MRI IAC with gadolinium: %d x %d mm enhancing intracanalicular lesion on the left, consistent with vestibular schwannoma. No CPA extension.' % (size, size - 2)),
        'chole': ('TDM des rochers : opacité de l\'attique droit avec érosion du scutum et de la longue apophyse de l\'enclume; suspicion de cholestéatome.',
                  'CT temporal bones: right attic opacification with scutum and incus long process erosion; suspicious for cholesteatoma.'),
        'eva': ('TDM des rochers : aqueduc du vestibule élargi bilatéralement (2,1 mm), partition incomplète type II.',
                'CT temporal bones: bilateral enlarged vestibular aqueduct (2.1 mm), incomplete partition type II.'),
        'normal_mri': ('IRM CAI : pas de lésion de l\'angle ponto-cérébelleux. Quelques hypersignaux T2 de la substance blanche, non spécifiques.',
                       'MRI IAC: no CPA lesion. A few non-specific T2 white matter hyperintensities.'),
    }[k][0 if lang == 'fr' else 1]
    spec.subject = ctx.pick(([] if mrn_only else [L(lang, 'Résultat IRM – ', 'MRI result - ') + ctx.name(p, lang, ctx.pick(['surfirst', 'title_sur']))]) +
                            [L(lang, 'Imagerie à réviser', 'Imaging to review'),
                             L(lang, 'TR : résultat imagerie ', 'FW: imaging result ') + p.mrn])
    if p.mrn in spec.subject:
        T.add('mrn')
    body = [greet(rng, lang, ent['title']), '',
            L(lang, 'Résultat critique / à revoir :', 'Result for your review:'), idl, '', rep, '',
            L(lang, 'Je n\'ai pas appelé %s; je vous laisse annoncer le résultat.' % ('la patiente' if p.fem() else 'le patient'),
              'I have not called the patient; leaving it to you to discuss.'),
            '', ctx.sig(rad, lang, unit=L(lang, 'Imagerie médicale', 'Diagnostic Imaging'))]
    spec.text = '\n'.join(body)
    spec.types = sorted(T)
    spec.note = L(lang, 'résultat d\'imagerie transmis à l\'ORL', 'imaging result forwarded to ENT')
    return spec


def t_discharge(ctx, lang):
    rng = ctx.rng
    T = set(['diagnosis', 'medication'])
    res = ctx.staff(lang, 'resident')
    fm = ctx.staff(lang, 'fm')
    fm = dict(fm, email=fm['email'].split('@')[0] + '@gmf-riviere.example')
    p = ctx.patient(lang, 18, 88, nam=ctx.chance(0.55))
    spec = Spec('discharge', lang, res, [fm], '', '')
    idl = ctx.ident(spec, p, lang, T, dob=True, mrn=True, sep='\n')
    surg = ctx.earlier(1, 4)
    k = ctx.pick([('Implantation cochléaire gauche (électrode péri-modiolaire)', 'Left cochlear implantation (perimodiolar array)', 'profound'),
                  ('Mastoïdectomie radicale modifiée droite', 'Right modified radical mastoidectomy', 'chole'),
                  ('Stapédotomie gauche (piston 0,6 x 4,25 mm)', 'Left stapedotomy (0.6 x 4.25 mm piston)', 'otos')])
    paras = [idl,
             L(lang, 'Date de l\'intervention : ', 'Date of surgery: ') + d_long(surg, lang),
             L(lang, 'Intervention : ', 'Procedure: ') + k[0 if lang == 'fr' else 1],
             L(lang, 'Diagnostic : ', 'Diagnosis: ') + dx(lang, k[2]),
             L(lang, 'Évolution : nausées J0 résolues sous ondansétron, vertige léger, pas de paralysie faciale.',
               'Course: POD0 nausea settled with ondansetron, mild vertigo, facial nerve intact.'),
             L(lang, 'Médication au congé : céphalexine 500 mg QID x 7 j; acétaminophène 1 g q6h PRN; reprendre apixaban à J3.',
               'Discharge meds: cephalexin 500 mg QID x 7 d; acetaminophen 1 g q6h PRN; resume apixaban POD3.'),
             L(lang, 'Suivi : clinique ORL dans 10 jours; activation de l\'implant prévue dans 3-4 semaines.' if k[2] == 'profound'
               else 'Suivi : clinique ORL dans 10 jours, audiogramme à 6 semaines.',
               'Follow-up: ENT clinic in 10 days; implant activation in 3-4 weeks.' if k[2] == 'profound'
               else 'Follow-up: ENT clinic in 10 days, audiogram at 6 weeks.')]
    spec.subject = ctx.pick([L(lang, 'Résumé de départ – ', 'Discharge summary - ') + ctx.name(p, lang, ctx.pick(['surfirst', 'full'])),
                             L(lang, 'Sommaire d\'hospitalisation ORL', 'ENT discharge summary')])
    fmt = ctx.pick(['docx', 'docx', 'pdf', 'inline'])
    if fmt == 'inline':
        spec.text = '\n'.join([greet(rng, lang, fm['title']), '', L(lang, 'RÉSUMÉ DE DÉPART', 'DISCHARGE SUMMARY'), ''] + paras +
                              ['', ctx.sig(res, lang, unit=ORG[lang]['ent'])])
    else:
        spec.text = '\n'.join([greet(rng, lang, fm['title']),
                               L(lang, 'Voici le résumé de départ de votre patient%s opéré%s le %s.' % ('e' if p.fem() else '', 'e' if p.fem() else '', d_long(surg, 'fr')),
                                 'Please find the discharge summary for your patient operated on %s.' % d_long(surg, 'en')),
                               '', ctx.sig(res, lang, unit=ORG[lang]['ent'])])
        fn = L(lang, 'resume_depart_', 'discharge_') + ctx.fname(p)
        if fmt == 'docx':
            spec.atts = [Att(fn + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                             make_docx(L(lang, 'Résumé de départ', 'Discharge summary'), paras, author=res['name'],
                                       heading2=ORG[lang]['hospital']), 'docx')]
        else:
            spec.atts = [Att(fn + '.pdf', 'application/pdf', make_pdf(L(lang, 'Résumé de départ', 'Discharge summary'), paras,
                                                                      author=res['name'], subtitle=ORG[lang]['hospital']), 'pdf')]
    spec.types = sorted(T)
    spec.note = L(lang, 'résumé de départ post-opératoire', 'post-operative discharge summary')
    return spec


def t_thread(ctx, lang):
    """Quick note between colleagues, with a quoted reply or an inline forward."""
    rng = ctx.rng
    T = set(['patient_name'])
    a = ctx.staff(lang, 'nurse')
    b = ctx.staff(lang, ctx.pick(['orl', 'audio', 'otol']))
    clerk = ctx.staff(lang, 'clerk')
    p = ctx.patient(lang, 20, 90)
    spec = Spec('colleague_note', lang, b, [a], '', '')
    spec.names.append(p.surname)
    ph = phone_fmt(rng, p.phone)
    k = ctx.pick(['vertigo', 'bleed', 'ci_pain', 'results'])
    first = {
        'vertigo': ('%s a rappelé ce matin : vertiges rotatoires depuis 3 jours, vomissements, ne tolère plus le Gravol. '
                    '%s voudrait devancer son rendez-vous. Son numéro : %s' % (ctx.name(p, 'fr', ctx.pick(['title', 'full'])), he(p, 'fr').capitalize(), ph),
                    '%s called this morning: 3 days of spinning vertigo with vomiting, not tolerating Gravol. '
                    'Wants an earlier appointment. Number: %s' % (ctx.name(p, 'en', ctx.pick(['title', 'full'])), ph)),
        'bleed': ('%s (amygdalectomie il y a 7 jours) rapporte un saignement léger ce matin. Pas de caillots. '
                  'Je lui ai dit de se présenter à l\'urgence si ça recommence. Tél. %s' % (ctx.name(p, 'fr', 'surfirst'), ph),
                  '%s (tonsillectomy 7 days ago) reports light bleeding this morning, no clots. Told to go to ER if it recurs. Tel %s'
                  % (ctx.name(p, 'en', 'surfirst'), ph)),
        'ci_pain': ('%s a de la douleur et une rougeur au site de l\'aimant (IC droit). Pas de fièvre. Tu veux %s voir demain? %s'
                    % (ctx.name(p, 'fr', 'lower'), 'la' if p.fem() else 'le', ph),
                    '%s has pain and redness over the magnet site (right CI). No fever. Want to see %s tomorrow? %s'
                    % (ctx.name(p, 'en', 'lower'), 'her' if p.fem() else 'him', ph)),
        'results': ('Les résultats de l\'audiogramme de contrôle de %s sont arrivés : récupération partielle (MSP 45 dB vs 75). '
                    'On continue la prednisone ou on fait l\'injection intratympanique? Tél. %s' % (ctx.name(p, 'fr', 'initial'), ph),
                    'Follow-up audiogram for %s is back: partial recovery (PTA 45 dB vs 75). Continue prednisone or go to '
                    'intratympanic steroid? Tel %s' % (ctx.name(p, 'en', 'initial'), ph)),
    }[k][0 if lang == 'fr' else 1]
    T.add('patient_contact')
    T.add('diagnosis')
    if k in ('vertigo', 'results'):
        T.add('medication')
    if k == 'results':
        T.add('lab_result')
    reply = ctx.pick([L(lang, 'Oui, ajoute-%s à ma clinique de 13 h demain. Merci!' % ('la' if p.fem() else 'le'), 'Yes, add to my 1 pm clinic tomorrow. Thanks!'),
                      L(lang, 'Je l\'appelle ce midi.', "I'll call at lunch."),
                      L(lang, 'OK pour l\'injection, réserve la salle 4 jeudi.', 'OK for the injection, book room 4 Thursday.')])
    subj0 = ctx.pick([L(lang, 'Appel de patient', 'Patient call'), L(lang, 'Message – à rappeler', 'Message - call back'),
                      L(lang, 'question rapide', 'quick question')])
    prev = ctx.earlier_dt(30, 600)
    mode = ctx.pick(['reply', 'reply', 'forward'])
    if mode == 'reply':
        st = ctx.pick(['gmail', 'outlook'])
        q = quote(first + '\n\n' + a['given'], lang, a, prev, st).replace('%SUBJ%', subj0)
        spec.subject = ctx.pick(['RE: ', 'Re: ', 'RE : '] if lang == 'fr' else ['RE: ', 'Re: ']) + subj0
        spec.text = '\n'.join([reply, '', b['given'], '', q])
        spec.flags.append('reply')
    else:
        spec.sender, spec.to = a, [b]
        f = forward(first, lang, clerk, a, prev, subj0)
        spec.subject = ctx.pick(['TR: ', 'Fwd: ', 'FW: ']) + subj0
        spec.text = '\n'.join([L(lang, 'Pour toi, voir ci-dessous.', 'For you, see below.'), '', a['given'], '', f])
        spec.flags.append('forward')
    spec.types = sorted(T)
    spec.note = L(lang, 'échange entre collègues au sujet d\'un appel de patient', 'colleague exchange about a patient call')
    return spec


def t_rma(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'patient_contact', 'diagnosis'])
    aud = ctx.staff(lang, 'ci_audio', 'ci_aud_' + lang)
    mfr = {'name': L(lang, 'Auralis Médical – Service à la clientèle', 'Auralis Medical Customer Service'), 'email': 'rma@auralis-medical.example'}
    p = ctx.patient(lang, 4, 88)
    spec = Spec('processor_repair', lang, aud, [mfr], '', '')
    spec.names.append(p.surname)
    sn = luhn_serial(rng, 9)
    issue = ctx.pick([('plus de son intermittent, bobine changée sans effet', 'intermittent loss of sound, coil replaced without effect'),
                      ('boîtier fissuré après une chute', 'cracked housing after a fall'),
                      ('voyant rouge continu, ne se connecte plus à l\'implant', 'solid red light, no longer locks to the implant')])
    lines = [L(lang, 'Demande de réparation (RMA) – processeur de son', 'Repair request (RMA) - sound processor'),
             L(lang, 'Usager : ', 'Recipient: ') + ctx.name(p, lang, ctx.pick(['full', 'surfirst', 'title'])),
             L(lang, 'Implant : IC %s, implanté en %d (surdité profonde)' % (ctx.pick(['droit', 'gauche']), ctx.today.year - rng.randint(1, 9)),
               'Implant: %s CI, implanted %d (profound deafness)' % (ctx.pick(['right', 'left']), ctx.today.year - rng.randint(1, 9))),
             L(lang, 'Processeur n° de série : ', 'Processor serial no.: ') + sn,
             L(lang, 'Problème : ', 'Issue: ') + issue[0 if lang == 'fr' else 1],
             L(lang, 'Expédier le prêt directement à domicile : ', 'Ship the loaner directly to the home address: ') + p.addr['one'],
             L(lang, 'Tél. : ', 'Phone: ') + phone_fmt(rng, p.phone)]
    spec.subject = ctx.pick([L(lang, 'RMA processeur – S/N ', 'RMA processor - S/N ') + sn, L(lang, 'Demande de réparation', 'Repair request')])
    spec.text = '\n'.join([greet(rng, lang), ''] + lines + ['', thanks(rng, lang), ctx.sig(aud, lang, unit=ORG[lang]['ci'])])
    spec.types = sorted(T)
    spec.note = L(lang, 'demande de réparation d\'un processeur au fabricant', 'processor repair request to manufacturer')
    return spec


def t_foreign(ctx, lang):
    """Patient arriving from France or Belgium, or from Ontario: foreign / out-of-province numbers."""
    rng = ctx.rng
    T = set(['patient_name', 'date_of_birth', 'diagnosis'])
    clerk = ctx.staff(lang, 'clerk')
    aud = ctx.staff(lang, 'ci_audio', 'ci_aud_' + lang)
    ctx.foreign_k = getattr(ctx, 'foreign_k', -1) + 1
    origin = ['be', 'fr', 'on', 'be', 'fr', 'on', 'be', 'fr'][ctx.foreign_k % 8]
    p = ctx.patient(lang, 8, 80)
    spec = Spec('records_transfer', lang, clerk, [aud], '', '')
    spec.names.append(p.surname)
    dob_s = ctx.dob(p, lang)
    if origin == 'fr':
        nir = gen_nir(rng, p.dob, p.sex)
        idline = L(lang, 'N° de sécurité sociale (France) : ', 'French social security no. (NIR): ') + ctx.nir(spec, nir, T)
        centre = L(lang, 'CHU de Rennes-Sud (service ORL)', 'Rennes-Sud University Hospital (ENT)')
        xtra = L(lang, 'Surdité profonde bilatérale (otospongiose évoluée); implant cochléaire droit posé en 2019 en France; '
                       'nouveau résident du Québec, carte RAMQ en attente.',
                 'Bilateral profound hearing loss (far-advanced otosclerosis); right cochlear implant placed in France in 2019; '
                 'new Quebec resident, RAMQ card pending.')
    elif origin == 'be':
        niss = gen_niss(rng, p.dob, p.sex)
        idline = L(lang, 'NISS (Belgique) : ', 'Belgian national number (NISS): ') + ctx.niss(spec, niss, T)
        centre = L(lang, 'Clinique universitaire Saint-Rombaut, Bruxelles', 'Saint-Rombaut University Clinic, Brussels')
        xtra = L(lang, 'Surdité profonde post-méningite; IC bilatéral (2016 / 2018). Demande de suivi de programmation ici.',
                 'Profound deafness after meningitis; bilateral CI (2016/2018). Requests mapping follow-up here.')
    else:
        hn = gen_ohip(rng)
        idline = L(lang, 'Carte santé Ontario : ', 'Ontario health card: ') + ctx.ohip(spec, hn, ctx.pick(['', 'LM', 'QT']), T)
        centre = L(lang, 'Hôpital communautaire de la Vallée (Ontario)', 'Ottawa Valley Community Hospital')
        xtra = L(lang, 'Patient%s ontarien%s, surdité asymétrique G, IRM faite en Ontario : schwannome 6 mm. Facturation hors province.'
                 % ('e' if p.fem() else '', 'ne' if p.fem() else ''),
                 'Ontario resident, left asymmetric SNHL, MRI done in Ontario: 6 mm vestibular schwannoma. Out-of-province billing.')
    lines = [L(lang, 'Nom : ', 'Name: ') + ctx.name(p, lang, ctx.pick(['surfirst', 'upper', 'full'])),
             L(lang, 'Date de naissance : ', 'Date of birth: ') + dob_s, idline,
             L(lang, 'Centre d\'origine : ', 'Previous centre: ') + centre, xtra]
    if ctx.chance(0.4):
        T.add('patient_contact')
        lines.append(L(lang, 'Adresse actuelle : ', 'Current address: ') + p.addr['one'])
    spec.subject = ctx.pick([L(lang, 'Transfert de dossier – nouveau patient', 'Records transfer - new patient'),
                             L(lang, 'Dossier reçu de ', 'Records received from ') + centre.split(' (')[0]])
    if ctx.chance(0.35):
        doc = make_docx(L(lang, 'Demande d\'ouverture de dossier', 'New patient registration'), lines, author=clerk['name'])
        spec.atts = [Att(L(lang, 'ouverture_dossier_', 'registration_') + ctx.fname(p) + '.docx',
                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc, 'docx')]
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Fiche d\'ouverture en pièce jointe. ', 'Registration sheet attached. ') + xtra,
                               '', ctx.sig(clerk, lang)])
    else:
        spec.text = '\n'.join([greet(rng, lang), '', L(lang, 'Nous avons reçu le dossier suivant :', 'We received the following file:'), '']
                              + lines + ['', thanks(rng, lang), ctx.sig(clerk, lang)])
    spec.types = sorted(T)
    spec.note = L(lang, 'transfert de dossier d\'un patient venant d\'ailleurs', 'records transfer for a patient from elsewhere')
    return spec


def t_ototox(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'medication', 'lab_result', 'diagnosis'])
    aud = ctx.staff(lang, 'audio')
    onc = ctx.staff(lang, 'fm')
    onc = dict(onc, role='onc', role_label=L(lang, 'Hémato-oncologue', 'Medical oncologist'))
    p = ctx.patient(lang, 8, 75, nam=ctx.chance(0.4))
    spec = Spec('ototoxicity', lang, aud, [onc], '', '')
    idl = ctx.ident(spec, p, lang, T, dob=ctx.chance(0.5))
    drug = ctx.pick([('cisplatine (cycle %d)' % rng.randint(2, 6), 'cisplatin (cycle %d)' % rng.randint(2, 6)),
                     ('gentamicine IV', 'IV gentamicin'), ('carboplatine', 'carboplatin')])
    shift = rng.randint(10, 35)
    lines = [idl, L(lang, 'Traitement : ', 'Treatment: ') + drug[0 if lang == 'fr' else 1] + L(lang, ', cancer ORL (oropharynx)', ', head and neck cancer (oropharynx)'),
             L(lang, 'Audiométrie haute fréquence : baisse de %d dB à 8-12,5 kHz bilatéralement vs audiogramme de base (CTCAE grade %d).' % (shift, 1 + shift // 15),
               'High-frequency audiometry: %d dB shift at 8-12.5 kHz bilaterally vs baseline (CTCAE grade %d).' % (shift, 1 + shift // 15)),
             L(lang, 'Acouphène bilatéral nouveau.', 'New bilateral tinnitus.')]
    spec.subject = ctx.pick([L(lang, 'Surveillance ototoxicité', 'Ototoxicity monitoring'),
                             L(lang, 'Ototoxicité – ', 'Ototoxicity - ') + ctx.name(p, lang, ctx.pick(['initial', 'surfirst']))])
    spec.text = '\n'.join([greet(rng, lang, onc['title']), ''] + lines +
                          ['', L(lang, 'Une discussion sur l\'ajustement de la dose serait à envisager.', 'You may want to review dosing.'),
                           '', ctx.sig(aud, lang, unit=ORG[lang]['audio'])])
    spec.types = sorted(T)
    spec.note = L(lang, 'surveillance de l\'ototoxicité en oncologie', 'ototoxicity monitoring for oncology')
    return spec
