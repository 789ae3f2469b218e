"""Positive templates, part D: calendar invites, vCards, ZIP bundles, hearing-aid programme forms,
attached messages, genetics, name-only-in-subject."""
import datetime as dt

from gen_common import (L, Spec, Att, ORG, d_long, d_day, d_iso, hhmm, pat_word, he, ne, thanks, greet,
                        phone_fmt, quote, forward, sex_str, DOMAIN, ascii_slug)
from gen_attach import make_pdf, make_docx, make_xlsx, make_ics, make_vcard, make_zip
from gen_mime import inner_message
from gen_pos_a import audiogram, audio_rows, audio_text, dx, pta


def t_appt_ics(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'diagnosis'])
    aud = ctx.staff(lang, 'ci_audio', 'ci_aud_' + lang)
    col = ctx.staff(lang, ctx.pick(['speech', 'audio', 'otol']))
    p = ctx.patient(lang, 2, 88)
    spec = Spec('appointment', lang, aud, [col], '', '')
    spec.names.append(p.surname)
    day = ctx.later(3, 30)
    h = rng.choice([8, 9, 10, 13, 14])
    start = dt.datetime(day.year, day.month, day.day, h, 0)
    end = start + dt.timedelta(minutes=rng.choice([60, 90, 120]))
    what = ctx.pick([('Activation implant cochléaire', 'Cochlear implant activation'),
                     ('Évaluation de candidature IC (2e visite)', 'CI candidacy assessment (visit 2)'),
                     ('Programmation IC + évaluation orthophonique', 'CI mapping + speech assessment')])
    nm = ctx.name(p, lang, ctx.pick(['surfirst', 'full', 'upper', 'title']))
    summ = '%s – %s' % (what[0 if lang == 'fr' else 1], nm)
    desc = L(lang, 'Usager : %s. Surdité profonde bilatérale; IC %s posé le %s. Apporter la boîte du processeur.'
             % (nm, ctx.pick(['droit', 'gauche']), d_long(ctx.earlier(20, 40), 'fr')),
             'Patient: %s. Bilateral profound hearing loss; %s CI placed %s. Bring processor kit.'
             % (nm, ctx.pick(['right', 'left']), d_long(ctx.earlier(20, 40), 'en')))
    if ctx.chance(0.4):
        T.add('mrn')
        desc += L(lang, ' Dossier ', ' MRN ') + p.mrn
        spec.ids.append(('mrn', p.mrn_digits))
    ics = make_ics(ctx.uid('appt'), start, end, summ, desc, L(lang, 'PIC – salle 3-210', 'CI Program - room 3-210'), aud, [col])
    spec.atts = [Att('invite.ics', 'text/calendar', ics, 'ics')]
    spec.subject = ctx.pick([L(lang, 'Invitation : ', 'Invitation: ') + summ,
                             L(lang, 'Invitation : %s @ %s' % (what[0], d_day(day, 'fr')), 'Invitation: %s @ %s' % (what[1], d_day(day, 'en')))])
    spec.text = '\n'.join([L(lang, 'Bonjour, peux-tu te joindre à nous pour ce rendez-vous?', 'Hi, can you join us for this appointment?'),
                           '', L(lang, 'Quand : ', 'When: ') + d_day(day, lang) + ' %02d:00' % h, '', aud['given']])
    spec.types = sorted(T)
    spec.note = L(lang, 'invitation calendrier pour un rendez-vous d\'usager', 'calendar invite for a patient appointment')
    return spec


def t_vcard(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'patient_contact', 'diagnosis'])
    clerk = ctx.staff(lang, 'clerk')
    sp = ctx.staff(lang, 'speech')
    child = ctx.chance(0.5)
    p = ctx.patient(lang, 2, 12) if child else ctx.patient(lang, 30, 90)
    spec = Spec('contact_card', lang, clerk, [sp], '', '')
    spec.names.append(p.surname)
    if child:
        par = ctx.patient(lang, 28, 45, sex=ctx.pick('FM'))
        par.surname = p.surname
        fn = '%s %s' % (par.given, par.surname)
        note = L(lang, 'Parent de %s (IC bilatéral, suivi orthophonie). Préfère les textos.' % p.given,
                 'Parent of %s (bilateral CI, speech therapy). Prefers texts.' % p.given)
        body = L(lang, 'Voici les coordonnées %s de %s %s pour planifier la thérapie. '
                 'Attention : garde partagée, l\'autre parent ne doit pas recevoir de copie (ordonnance de la cour).'
                 % ('de la mère' if par.sex == 'F' else 'du père', p.given, p.surname),
                 'Here is the contact card for %s %s\'s %s to book therapy. Note: shared custody, '
                 'the other parent must not receive copies (court order).' % (p.given, p.surname, 'mother' if par.sex == 'F' else 'father'))
        T.add('social_information')
        vc = make_vcard(fn, par.given, par.surname, tel=[('CELL', phone_fmt(rng, par.phone))], adr=par.addr, note=note,
                        email='%s.%s@courriel-perso.example' % (ascii_slug(par.given)[:3], ascii_slug(p.surname)[:4]))
        fname = '%s.vcf' % fn.replace(' ', '_')
    else:
        note = L(lang, 'Usager PIC – surdité profonde, ne répond pas au téléphone; texto ou courriel seulement.',
                 'CI program client - profoundly deaf, cannot use the phone; text or e-mail only.')
        body = L(lang, 'Fiche contact de %s ci-jointe (texto seulement), pour la relance de son rendez-vous manqué.' % ctx.name(p, 'fr', 'title'),
                 'Contact card for %s attached (text only) - for the missed appointment follow-up.' % ctx.name(p, 'en', 'title'))
        vc = make_vcard('%s %s' % (p.given, p.surname), p.given, p.surname, tel=[('CELL', phone_fmt(rng, p.phone))], adr=p.addr,
                        note=note, bday=p.dob.isoformat() if ctx.chance(0.5) else None)
        if 'BDAY' in vc.decode('utf-8'):
            T.add('date_of_birth')
        fname = '%s %s.vcf' % (p.given, p.surname)
    a = Att(fname, 'text/vcard', vc, 'vcf')
    a.charset = 'utf-8'
    spec.atts = [a]
    spec.subject = ctx.pick([L(lang, 'Coordonnées', 'Contact details'), L(lang, 'Fiche contact', 'Contact card'),
                             L(lang, 'Contact pour relance', 'Contact for follow-up')])
    spec.text = '\n'.join([greet(rng, lang), '', body, '', ctx.sig(clerk, lang)])
    spec.types = sorted(T)
    spec.note = L(lang, 'fiche contact (vCard) d\'un usager', 'contact card (vCard) for a patient')
    return spec


def t_zip_dossier(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'lab_result', 'diagnosis', 'date_of_birth'])
    aud = ctx.staff(lang, 'audio')
    ins = {'name': L(lang, 'Assurances Boréale – Réclamations santé', 'Boreal Life - Health Claims'),
           'email': 'sante@boreale-assurances.example'}
    p = ctx.patient(lang, 25, 80)
    spec = Spec('insurer_file', lang, aud, [ins], '', '')
    spec.names.append(p.surname)
    r, l = audiogram(rng, ctx.pick(['presby', 'flat']))
    dob_s = ctx.dob(p, lang)
    policy = '%s-%06d' % (ctx.pick(['GR', 'IND', 'BX']), rng.randint(0, 999999))
    lettre = [L(lang, 'Objet : recommandation d\'aides auditives bilatérales', 'Re: recommendation for bilateral hearing aids'),
              L(lang, 'Assuré(e) : %s, né(e) le %s, police %s' % (ctx.name(p, 'fr', 'full'), dob_s, policy),
                'Insured: %s, DOB %s, policy %s' % (ctx.name(p, 'en', 'full'), dob_s, policy)),
              L(lang, 'Diagnostic : surdité neurosensorielle bilatérale modérée. Aides auditives recommandées.',
                'Diagnosis: bilateral moderate SNHL. Hearing aids recommended.')]
    members = [(L(lang, 'lettre_recommandation.pdf', 'recommendation_letter.pdf'),
                make_pdf(L(lang, 'Lettre de recommandation', 'Recommendation letter'), lettre, author=aud['name'])),
               (L(lang, 'audiogramme_%s.pdf', 'audiogram_%s.pdf') % ctx.fname(p, 'SUR_Giv'),
                make_pdf(L(lang, 'Audiogramme', 'Audiogram'), [ctx.name(p, lang, 'surfirst'), dob_s], table=audio_rows(lang, r, l), author=aud['name'])),
               ('soumission.xlsx', make_xlsx([(L(lang, 'Soumission', 'Quote'), [[L(lang, 'Article', 'Item'), L(lang, 'Montant', 'Amount')],
                                                                             [L(lang, 'Aides auditives RIC x 2', 'RIC hearing aids x 2'), 4280.0],
                                                                             [L(lang, 'Frais professionnels', 'Professional fees'), 350.0]])],
                                             author=aud['name']))]
    z = make_zip(members)
    spec.atts = [Att(L(lang, 'dossier_%s.zip', 'file_%s.zip') % ctx.fname(p), 'application/zip', z, 'zip')]
    spec.subject = L(lang, 'Réclamation police %s' % policy, 'Claim - policy %s' % policy)
    spec.text = '\n'.join([greet(rng, lang), '',
                           L(lang, 'Veuillez trouver ci-joint les documents requis pour la réclamation de votre assuré(e) (police %s) : '
                                   'lettre de recommandation, audiogramme et soumission.' % policy,
                             'Attached are the documents for your insured\'s claim (policy %s): recommendation letter, audiogram and quote.' % policy),
                           '', ctx.sig(aud, lang, unit=ORG[lang]['audio'])])
    spec.types = sorted(T)
    spec.note = L(lang, 'dossier compressé pour un assureur', 'zipped documents for an insurer')
    return spec


def t_ha_program(ctx, lang):
    rng = ctx.rng
    T = set(['lab_result', 'diagnosis'])
    aud = ctx.staff(lang, 'audio')
    clerk = ctx.staff(lang, 'clerk')
    p = ctx.patient(lang, 6, 90, nam=True)
    spec = Spec('hearing_aid_program', lang, aud, [clerk], '', '')
    idl = ctx.ident(spec, p, lang, T, dob=True, mrn=False, sep='\n')
    r, l = audiogram(rng, ctx.pick(['presby', 'flat', 'profound']))
    form = [L(lang, 'Programme d\'aides auditives – attestation de l\'audiologiste', 'Hearing aid program - audiologist attestation'),
            idl,
            L(lang, 'Moyenne des sons purs : OD %d dB HL, OG %d dB HL' % (pta(r), pta(l)), 'PTA: RE %d dB HL, LE %d dB HL' % (pta(r), pta(l))),
            L(lang, 'Déficience auditive admissible : oui (≥ 35 dB meilleure oreille)', 'Eligible hearing impairment: yes (>= 35 dB better ear)'),
            L(lang, 'Appareillage recommandé : binaural, contour d\'oreille', 'Recommended fitting: binaural, BTE')]
    spec.subject = ctx.pick([L(lang, 'Attestation programme aides auditives', 'Hearing aid program attestation'),
                             L(lang, 'Formulaire RAMQ – aides auditives', 'RAMQ hearing aid form')])
    if ctx.chance(0.5):
        spec.atts = [Att(L(lang, 'attestation_aides_auditives.pdf', 'hearing_aid_attestation.pdf'), 'application/pdf',
                         make_pdf(form[0], form[1].split('\n') + form[2:], table=audio_rows(lang, r, l), author=aud['name']), 'pdf')]
        spec.text = '\n'.join([greet(rng, lang, clerk['given']),
                               L(lang, 'Attestation signée ci-jointe, à transmettre avec la demande.', 'Signed attestation attached, please send with the application.'),
                               '', ctx.sig(aud, lang, short=True)])
    else:
        spec.text = '\n'.join([greet(rng, lang, clerk['given']), ''] + form + ['', audio_text(lang, r, l), '', ctx.sig(aud, lang)])
    spec.types = sorted(T)
    spec.note = L(lang, 'attestation pour le programme d\'aides auditives', 'hearing aid program attestation')
    return spec


def t_fwd_eml(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'diagnosis'])
    a = ctx.staff(lang, 'orl')
    b = ctx.staff(lang, 'manager')
    c = ctx.staff(lang, 'nurse')
    p = ctx.patient(lang, 20, 85)
    spec = Spec('forwarded_complaint', lang, b, [a], '', '')
    spec.names.append(p.surname)
    nm = ctx.name(p, lang, ctx.pick(['full', 'full', 'title']))
    rel = ctx.patient(lang, 40, 70, sex=ctx.pick('FM'))
    rel_fr = ('ma mère', 'opérée', 'elle') if p.fem() else ('mon père', 'opéré', 'il')
    rel_en = ('my mother', 'she', 'Her') if p.fem() else ('my father', 'he', 'His')
    signer = '%s %s' % (rel.given, p.surname)
    inner_txt = L(lang,
                  'Bonjour,\n\nJe vous écris au sujet de %s, %s, %s d\'une tympanoplastie le %s. Depuis, %s a des '
                  'vertiges et n\'entend plus du tout de l\'oreille opérée. Personne ne nous a rappelés malgré trois messages. '
                  'Son dossier est le %s.\n\nMerci de faire un suivi rapidement.\n%s'
                  % (rel_fr[0], nm, rel_fr[1], d_long(ctx.earlier(10, 30), 'fr'), rel_fr[2], p.mrn, signer),
                  'Hello,\n\nI am writing about %s, %s, who had a tympanoplasty on %s. Since then %s has vertigo and '
                  'cannot hear at all on the operated side. Nobody has called us back after three messages. %s chart number is %s.\n\n'
                  'Please follow up urgently.\n%s' % (rel_en[0], nm, d_long(ctx.earlier(10, 30), 'en'), rel_en[1], rel_en[2], p.mrn, signer))
    T.add('mrn')
    spec.ids.append(('mrn', p.mrn_digits))
    relative = {'name': '%s %s' % (rel.given, p.surname),
                'email': '%s.%s@courriel-perso.example' % (ascii_slug(rel.given), ascii_slug(p.surname))}
    when = ctx.earlier_dt(120, 3000)
    inner = inner_message(rng, relative, [{'name': L(lang, 'Commissaire aux plaintes', 'Patient Ombudsman'),
                                          'email': 'plaintes@' + DOMAIN}],
                          L(lang, 'Plainte – suivi post-opératoire', 'Complaint - post-op follow-up'), inner_txt, when, lang, ctx.seed, str(ctx.n))
    spec.atts = [Att(L(lang, 'Plainte - suivi post-opératoire.eml', 'Complaint - post-op follow-up.eml'), 'message/rfc822', inner, 'eml')]
    spec.subject = ctx.pick(['TR: ', 'Fwd: ']) + L(lang, 'Plainte – suivi post-opératoire', 'Complaint - post-op follow-up')
    spec.text = '\n'.join([greet(rng, lang, a['title']), '',
                           L(lang, 'La commissaire m\'a acheminé la plainte ci-jointe. Peux-tu regarder le dossier et me revenir d\'ici vendredi?',
                             'The ombudsman forwarded the attached complaint. Can you review the chart and get back to me by Friday?'),
                           '', ctx.sig(b, lang)])
    spec.flags.append('forward')
    spec.types = sorted(T)
    spec.note = L(lang, 'plainte transférée en pièce jointe .eml', 'complaint forwarded as attached message')
    return spec


def t_genetics(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'lab_result', 'diagnosis', 'date_of_birth'])
    gen = ctx.staff(lang, 'fm')
    gen = dict(gen, role='genetics', doctor=False,
               role_label=L(lang, 'Conseillère en génétique' if gen['sex'] == 'F' else 'Conseiller en génétique', 'Genetic counsellor'))
    aud = ctx.staff(lang, 'ci_audio', 'ci_aud_' + lang)
    p = ctx.patient(lang, 0, 6, nam=ctx.chance(0.6))
    spec = Spec('genetics', lang, gen, [aud], '', '')
    idl = ctx.ident(spec, p, lang, T, dob=True)
    res = ctx.pick([('GJB2 : c.35delG homozygote – surdité non syndromique DFNB1', 'GJB2: c.35delG homozygous - non-syndromic DFNB1 hearing loss'),
                    ('SLC26A4 : deux variants pathogènes (syndrome de Pendred probable)', 'SLC26A4: two pathogenic variants (probable Pendred syndrome)'),
                    ('Panel surdité (120 gènes) : aucun variant pathogène; CMV sur carte de Guthrie POSITIF',
                     'Hearing loss panel (120 genes): no pathogenic variant; dried blood spot CMV POSITIVE')])
    spec.subject = ctx.pick([L(lang, 'Résultat génétique', 'Genetic result'), L(lang, 'Panel surdité – résultat', 'Hearing loss panel - result')])
    spec.text = '\n'.join([greet(rng, lang, aud['given']), '', idl, '', L(lang, 'Résultat : ', 'Result: ') + res[0 if lang == 'fr' else 1],
                           L(lang, 'Rencontre avec les parents prévue le %s.' % d_long(ctx.later(3, 20), 'fr'),
                             'Meeting with the parents booked for %s.' % d_long(ctx.later(3, 20), 'en')),
                           '', ctx.sig(gen, lang, unit=L(lang, 'Génétique médicale', 'Medical Genetics'))])
    spec.types = sorted(T)
    spec.note = L(lang, 'résultat de test génétique pédiatrique', 'paediatric genetic test result')
    return spec


def t_subject_only(ctx, lang):
    """The patient is named only in the Subject; the body has the clinical content."""
    rng = ctx.rng
    T = set(['patient_name', 'diagnosis'])
    a = ctx.staff(lang, ctx.pick(['audio', 'physio', 'speech']))
    b = ctx.staff(lang, ctx.pick(['orl', 'otol']))
    p = ctx.patient(lang, 20, 90)
    spec = Spec('quick_update', lang, a, [b], '', '')
    spec.names.append(p.surname)
    spec.subject = ctx.pick(['%s' % ctx.name(p, lang, 'surfirst'), ctx.name(p, lang, 'title') + L(lang, ' – suivi', ' - update'),
                             ctx.name(p, lang, 'lower'), 'RE: ' + ctx.name(p, lang, 'upper')])
    if spec.subject.startswith('RE:'):
        spec.flags.append('reply')
    k = ctx.pick([
        ('Revue ce matin : acouphène toujours 8/10 au THI-like (score 64), insomnie. Débuté la thérapie sonore. %s aimerait discuter de la mirtazapine avec vous.' % he(p, 'fr').capitalize(),
         'Seen this morning: tinnitus still severe (THI 64), poor sleep. Started sound therapy. Would like to discuss mirtazapine with you.', True),
        ('3e séance de réadaptation vestibulaire : DHI passé de 58 à 34, marche tandem OK. Encore du vertige au retournement au lit.',
         '3rd vestibular rehab session: DHI down from 58 to 34, tandem gait OK. Still some vertigo rolling in bed.', False),
        ('Essai d\'appareil terminé : gain insuffisant, reconnaissance en bruit 12 %%. Je pense qu\'on devrait %s présenter au comité IC.' % ('la' if p.fem() else 'le'),
         'Hearing aid trial done: not enough benefit, speech in noise 12%. I think we should bring this to the CI committee.', False)])
    if k[2]:
        T.add('medication')
    if 'DHI' in k[1] or '12' in k[1]:
        T.add('lab_result')
    if k[2]:
        T.add('lab_result')
    spec.text = '\n'.join([L(lang, 'Salut,', 'Hi,'), '', k[0 if lang == 'fr' else 1], '', a['given']])
    if 'reply' in spec.flags:
        spec.text += '\n\n' + quote(L(lang, 'Tu me tiens au courant?', 'Keep me posted?'), lang, b, ctx.earlier_dt(), 'gmail')
    spec.types = sorted(T)
    spec.note = L(lang, 'mise à jour clinique, nom seulement dans l\'objet', 'clinical update, name only in subject')
    return spec
