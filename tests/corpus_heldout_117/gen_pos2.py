"""Positive templates, part 2: volunteers, labs, discharge summaries, death notices, transport,
patients' own mail, quoted history, subject-only and file-name-only leaks, attached e-mails, ZIP bundles,
social work."""
import datetime

from gen_base import ORGS, address, phone, fmt_nam, fdate, rng_for
from gen_clin import DX, MEDS, SYMPTOMS, LABS, SOCIAL, PPS
from gen_common import (Staff, sig, greet, close, pname, dob_txt, dx_for, pick, personal_email, org_name,
                        quote_block, forward_block, fn_safe)
from gen_mime import Mail, Att
from gen_files import make_pdf, make_docx, make_xlsx, make_zip, make_scan_pdf
from gen_pos1 import nam_style

DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def p_volunteer(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when, (65, 95))
    coord = Staff(r, 'benevole', 'benev')
    vol_g, vol_s = r.choice(['Ginette', 'Raymond', 'Hélène', 'Bernard', 'Marjolaine', 'Paul']), r.choice(['Beaudry', 'Lavallée', 'Morneau', 'Tessier'])
    vol_mail = personal_email(vol_g, vol_s, r)
    fr = lang == 'fr'
    age = p.age(when.date())
    addr = address(r)
    dx = dx_for(p, when, r, lang)
    soc = pick(r, [SOCIAL[0], SOCIAL[6], SOCIAL[7]], lang)
    types = {'patient_name', 'diagnosis', 'patient_contact', 'social_information'}
    if fr:
        lines = ['Bonjour %s,' % vol_g, '', 'Merci d\'accepter ce jumelage! Voici les informations pour ta première visite :', '',
                 '%s, %d ans, %s.' % (pname(p, 'fr', r, 'title'), age, dx),
                 'Situation : %s. %s' % (soc, r.choice(['Aime la musique country et les mots croisés.', 'Ancien camionneur, adore parler de pêche.',
                                                        'Très croyante, apprécie la lecture de psaumes.'])),
                 'Adresse : %s' % addr,
                 'Visites souhaitées : %s après-midi, 2 h.' % r.choice(['mardi', 'jeudi', 'mercredi']), '',
                 'Rappel : l\'état de santé peut changer rapidement; si tu constates de la détresse, appelle l\'infirmière de garde au %s.'
                 % ORGS['sad']['tel'], 'Merci de garder ces informations confidentielles.', '', close('fr', r)]
        subj = r.choice(['Jumelage bénévole', 'Nouvel accompagnement', 'Ton jumelage – %s' % pname(p, 'fr', r, 'titlesur')])
    else:
        lines = ['Hi %s,' % vol_g, '', 'Thank you for taking this match! Here is what you need for your first visit:', '',
                 '%s, %d, %s.' % (pname(p, 'en', r, 'title'), age, dx),
                 'Situation: %s. %s' % (soc, r.choice(['Loves country music and crosswords.', 'Retired trucker, loves to talk about fishing.'])),
                 'Address: %s' % addr, 'Preferred visits: %s afternoons, 2 hours.' % r.choice(['Tuesday', 'Thursday']), '',
                 'Reminder: condition can change quickly; if you notice distress call the on-call nurse at %s.' % ORGS['sad']['tel'],
                 'Please keep this information confidential.', '', close('en', r)]
        subj = r.choice(['Volunteer match', 'New companionship visit', 'Your match – %s' % p.surname])
    m = Mail(lang, coord.na(), [('%s %s' % (vol_g, vol_s), vol_mail)], subj, '\n'.join(lines) + '\n' + sig(coord, lang, r), date=when)
    return m, types, 'volunteer matching note with patient name, age, diagnosis, address and situation'


def p_lab(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    nurse = Staff(r, 'sad', 'inf_sad')
    md = Staff(r, 'sad', 'md_sad')
    fr = lang == 'fr'
    labs = pick(r, LABS, lang, r.randint(2, 3))
    types = {'patient_name', 'lab_result'}
    ident = pname(p, lang, r, r.choice(['rev', 'title', 'init', 'surfirst']))
    if nam and r.random() < 0.7:
        ident += ' – %s' % fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    else:
        ident += ' (%s %s)' % ('dossier' if fr else 'MRN', p.mrn)
        types.add('mrn')
    if fr:
        body = ('%s\n\nRésultats reçus ce matin pour %s (prélèvement à domicile du %s) :\n%s\n\n'
                '%s depuis 48 h. On traite? %s\n\n%s' % (
                    greet('fr', r, md.short('fr')), ident, fdate((when - datetime.timedelta(days=1)).date(), 'fr'),
                    '\n'.join('  • ' + x for x in labs),
                    'Elle est plus somnolente et confuse' if p.sex == 'F' else 'Il est plus somnolent et confus',
                    r.choice(['La famille ne souhaite pas de transfert à l\'urgence.', 'Pamidronate à domicile possible?', '']),
                    close('fr', r)))
        subj = r.choice(['Résultats de labo', 'Labo – %s' % pname(p, 'fr', r, 'titlesur'), 'Résultats anormaux', 'Prise de sang domicile'])
    else:
        body = ('%s\n\nResults back this morning for %s (home draw on %s):\n%s\n\n'
                'More drowsy and confused over 48 h. Do we treat? %s\n\n%s' % (
                    greet('en', r, md.short('en')), ident, fdate((when - datetime.timedelta(days=1)).date(), 'en'),
                    '\n'.join('  * ' + x for x in labs), r.choice(['Family does not want ER transfer.', 'Home pamidronate possible?', '']),
                    close('en', r)))
        subj = r.choice(['Lab results', 'Labs – %s' % p.surname, 'Abnormal results'])
    m = Mail(lang, nurse.na(), [md.na()], subj, body + '\n' + sig(nurse, lang, r), date=when)
    return m, types, 'lab follow-up with abnormal values for an identified patient'


def p_discharge(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    md = Staff(r, 'hopital', 'md_onco')
    arch = Staff(r, 'hopital', 'archiviste')
    dest = Staff(r, 'sad', 'inf_sad')
    fr = lang == 'fr'
    dx = dx_for(p, when, r, lang)
    meds = pick(r, MEDS, lang, 4)
    adm = (when - datetime.timedelta(days=r.randint(5, 20))).date()
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'mrn'}
    blocks = [('header', org_name('hopital', lang) + ' – ' + ('Résumé de départ' if fr else 'Discharge summary')),
              ('h', 'Résumé de départ' if fr else 'Discharge summary'),
              ('table', [['Nom' if fr else 'Name', pname(p, lang, r, 'rev')],
                         ['DDN' if fr else 'DOB', p.dob.isoformat()],
                         ['Dossier' if fr else 'MRN', p.mrn],
                         ['Admission', adm.isoformat()], ['Départ' if fr else 'Discharge', when.date().isoformat()]])]
    if nam:
        blocks[2][1].append(['NAM', p.nam])
        types.add('ramq_nam')
    blocks += [('h2', 'Diagnostic' if fr else 'Diagnosis'), ('p', dx),
               ('h2', 'Évolution' if fr else 'Course'),
               ('p', ('Admission pour %s. Traitement symptomatique; décision de la patiente et de la famille de cesser les traitements '
                      'actifs. Retour à domicile avec soutien de l\'équipe de soins palliatifs.' if fr else
                      'Admitted for %s. Symptomatic management; patient and family decided to stop active treatment. '
                      'Discharged home with palliative home care support.') % pick(r, SYMPTOMS, lang)),
               ('h2', 'Médication au départ' if fr else 'Discharge medication')] + [('li', x) for x in meds] + [
               ('h2', 'Suivi' if fr else 'Follow-up'),
               ('p', 'Visite infirmière à domicile dans les 24 h. Niveau de soins D.' if fr else
                'Home nursing visit within 24 h. Level of care D.'),
               ('p', md.name(lang) + ', ' + md.role_txt(lang))]
    dx_doc = make_docx(blocks, author=md.name(lang, False), title='Résumé de départ' if fr else 'Discharge summary')
    fname = r.choice(['resume_depart_%s.docx' % p.mrn, 'Résumé de départ.docx', 'discharge_summary.docx',
                      'RD_%s_%s.docx' % (fn_safe(p.surname), when.strftime('%Y%m%d'))])
    body = ('%s\n\nVeuillez trouver ci-joint le résumé de départ pour le suivi à domicile.\n\n%s' % (greet('fr', r), close('fr', r))) if fr else \
        ('%s\n\nPlease find attached the discharge summary for home follow-up.\n\n%s' % (greet('en', r), close('en', r)))
    subj = r.choice(['Résumé de départ', 'Transmission – résumé de départ', 'Document – congé']) if fr else \
        r.choice(['Discharge summary', 'Transfer of care document'])
    m = Mail(lang, arch.na(), [dest.na()], subj, body + '\n' + sig(arch, lang, r), date=when,
             atts=[Att(fname, DOCX_CT, dx_doc)])
    return m, types, 'discharge summary (DOCX) with identity, diagnosis and medication'


def p_death_notice(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when, (55, 97))
    nurse = Staff(r, 'maison', 'inf_maison')
    gp = Staff(r, 'gmf', 'md_gmf')
    fr = lang == 'fr'
    d = when.date() - datetime.timedelta(days=r.randint(0, 1))
    dx = dx_for(p, when, r, lang)
    types = {'patient_name', 'diagnosis'}
    extra = ''
    if r.random() < 0.5:
        extra = (' (DDN %s)' if fr else ' (DOB %s)') % dob_txt(p, lang, r)
        types.add('date_of_birth')
    if nam and r.random() < 0.6:
        extra += ' NAM ' + fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    if fr:
        body = ('%s\n\nNous vous informons du décès de votre patient%s %s%s, survenu le %s à %s à la Maison, '
                'dans un contexte de %s. Le décès a été paisible, entouré de sa famille.\n\n'
                'Merci d\'aviser votre secrétariat afin de fermer le dossier et d\'annuler les rendez-vous prévus.\n\n%s' % (
                    greet('fr', r, gp.short('fr')), 'e' if p.sex == 'F' else '', pname(p, 'fr', r, 'full'), extra,
                    fdate(d, 'fr'), '%d h %02d' % (r.randint(0, 23), r.randint(0, 59)), dx, close('fr', r)))
        subj = r.choice(['Avis de décès', 'Décès d\'un de vos patients', 'Avis de décès – %s' % pname(p, 'fr', r, 'titlesur')])
    else:
        body = ('%s\n\nWe are writing to let you know that your patient %s%s died at the residence on %s at %s, in the '
                'context of %s. It was peaceful, with family present.\n\nPlease let your office close the file and cancel '
                'upcoming appointments.\n\n%s' % (greet('en', r, gp.short('en')), pname(p, 'en', r, 'full'), extra, fdate(d, 'en'),
                                                  '%d:%02d' % (r.randint(0, 23), r.randint(0, 59)), dx, close('en', r)))
        subj = r.choice(['Death notification', 'Notice of death – %s' % p.surname, 'Your patient'])
    m = Mail(lang, nurse.na(), [gp.na()], subj, body + '\n' + sig(nurse, lang, r), date=when)
    return m, types, 'death notification to the family physician with name and diagnosis'


def p_transport(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    asi = Staff(r, r.choice(['hopital', 'maison']), 'asi')
    fr = lang == 'fr'
    addr = address(r)
    day = (when + datetime.timedelta(days=1)).date()
    dx = dx_for(p, when, r, lang)
    types = {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'}
    L = [('Nom : %s' if fr else 'Name: %s') % pname(p, lang, r, 'rev'), ('DDN : %s' if fr else 'DOB: %s') % p.dob.isoformat()]
    if nam:
        L.append(('NAM : %s' if fr else 'RAMQ: %s') % fmt_nam(p.nam, nam_style(r)))
        types.add('ramq_nam')
    L += [('Départ : HRVE, 4 Sud, ch. %d' if fr else 'From: HRVE 4 South, room %d') % r.randint(401, 440),
          ('Destination : domicile – %s' if fr else 'To: home – %s') % addr,
          ('Date : %s, %s' if fr else 'Date: %s, %s') % (fdate(day, lang, 'day'), r.choice(['10 h', '13 h 30', 'AM'] if fr else ['10:00', '1:30 p.m.', 'AM'])),
          ('Mode : civière, O2 2 L/min par lunette' if fr else 'Mode: stretcher, O2 2 L/min nasal prongs'),
          ('Particularités : %s; pompe SC en cours; famille attend sur place.' if fr else
           'Notes: %s; SC pump running; family waiting at home.') % dx]
    body = ('%s\n\nDemande de transport ambulancier (retour à domicile pour fin de vie) :\n\n%s\n\n%s' % (
        greet('fr', r), '\n'.join(L), close('fr', r))) if fr else \
        ('%s\n\nAmbulance transport request (discharge home for end of life):\n\n%s\n\n%s' % (greet('en', r), '\n'.join(L), close('en', r)))
    subj = r.choice(['Demande de transport', 'Transport ambulancier – retour domicile', 'Transport demain']) if fr else \
        r.choice(['Transport request', 'Ambulance booking – discharge home'])
    m = Mail(lang, asi.na(), [('Répartition transport' if fr else 'Transport dispatch', 'transport@cisss-vde.example')], subj,
             body + '\n' + sig(asi, lang, r), date=when)
    return m, types, 'ambulance transport request with identity, home address and clinical notes'


def p_family_forward(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when, (60, 95))
    nurse = Staff(r, 'sad', 'inf_sad')
    md = Staff(r, 'sad', 'md_sad')
    fr = lang == 'fr'
    kid_g = r.choice(['Nathalie', 'Sylvain', 'Chantale', 'Martin', 'Julie', 'Steve'])
    kid = (kid_g, personal_email(kid_g, p.surname, r))
    sent = when - datetime.timedelta(hours=r.randint(2, 20))
    sym = pick(r, SYMPTOMS, lang)
    types = {'patient_name', 'diagnosis', 'medication'}
    parent = ('mon père' if p.sex == 'M' else 'ma mère') if fr else ('my father' if p.sex == 'M' else 'my mother')
    if fr:
        orig = ('Bonsoir %s,\n\nC\'est %s, la %s de %s. Depuis hier, %s a %s. On lui a donné 3 entredoses '
                'd\'hydromorphone depuis midi et ça ne fait presque rien. Il reste juste 2 seringues. Est-ce qu\'on peut '
                'augmenter? Je suis pas mal à bout, je n\'ai pas dormi depuis deux nuits.\n\nMerci\n%s' % (
                    nurse.given, kid_g, 'fille' if kid_g in ('Nathalie', 'Chantale', 'Julie') else 'fils',
                    pname(p, 'fr', r, r.choice(['full', 'title', 'lower'])), parent, sym, kid_g))
        top = ('%s\n\nVoir le message de la famille ci-dessous. J\'y vais en fin de journée; pouvez-vous autoriser une '
               'augmentation de la dose de base et une nouvelle ordonnance de seringues?\n\n%s' % (greet('fr', r, md.short('fr')), close('fr', r)))
        subj = 'TR: ' + r.choice(['%s' % pname(p, 'fr', r, 'full'), 'douleur', 'besoin d\'aide svp', 'entredoses'])
    else:
        orig = ('Hi %s,\n\nIt\'s %s, %s\'s %s. Since yesterday %s has %s. We gave 3 breakthrough doses of hydromorphone '
                'since noon and they barely help. Only 2 syringes left. Can we increase? I am exhausted, I haven\'t slept in '
                'two nights.\n\nThanks\n%s' % (nurse.given, kid_g, pname(p, 'en', r, r.choice(['full', 'title'])),
                                              'daughter' if kid_g in ('Nathalie', 'Chantale', 'Julie') else 'son', parent, sym, kid_g))
        top = ('%s\n\nSee the family\'s message below. I\'ll go by late today; could you authorise an increase in the '
               'baseline dose and a new syringe prescription?\n\n%s' % (greet('en', r, md.short('en')), close('en', r)))
        subj = 'Fwd: ' + r.choice(['%s' % pname(p, 'en', r, 'full'), 'pain', 'need help please', 'breakthrough doses'])
    if nam and r.random() < 0.5:
        top = top.replace('\n\n', '\n\n(%s %s) ' % ('NAM' if fr else 'RAMQ', fmt_nam(p.nam, nam_style(r))), 1)
        types.add('ramq_nam')
    text = top + '\n' + sig(nurse, lang, r) + '\n\n' + forward_block(orig, lang, kid, sent, r.choice(['Papa', 'Maman', 'urgent']) if fr else 'Mom/Dad', '%s <%s>' % (nurse.name(lang), nurse.email))
    m = Mail(lang, nurse.na(), [md.na()], subj, text, date=when)
    return m, types, 'caregiver\'s e-mail about pain and opioids forwarded to the physician'


def p_quoted_history(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    a = Staff(r, 'sad', 'inf_sad')
    b = Staff(r, 'maison', 'asi')
    fr = lang == 'fr'
    earlier = when - datetime.timedelta(hours=r.randint(3, 30))
    dx = dx_for(p, when, r, lang)
    med = pick(r, MEDS, lang)
    types = {'patient_name', 'diagnosis', 'medication'}
    nid = ''
    if nam:
        nid = ' – NAM %s' % fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    if fr:
        orig = ('Bonjour %s,\n\nEst-ce qu\'un lit pourrait se libérer cette semaine pour %s%s? %s, la famille est épuisée '
                'et le conjoint a fait une chute hier. Médication actuelle : %s.\n\nMerci,\n%s' % (
                    b.given, pname(p, 'fr', r, 'title'), nid, dx[0].upper() + dx[1:], med, a.given))
        reply = r.choice(['Oui, on peut l\'admettre jeudi en avant-midi. Je confirme avec la famille.', 'Ok pour moi, je te reviens.',
                          'Reçu, merci. Lit 7 disponible demain.', 'Parfait, on s\'en reparle au comité.'])
        subj = 'RE: ' + r.choice(['lit disponible?', 'Admission cette semaine?', 'demande'])
    else:
        orig = ('Hi %s,\n\nCould a bed open this week for %s%s? %s, family is exhausted and the husband fell yesterday. '
                'Current meds: %s.\n\nThanks,\n%s' % (b.given, pname(p, 'en', r, 'title'), nid, dx[0].upper() + dx[1:], med, a.given))
        reply = r.choice(['Yes, we can admit Thursday morning. I\'ll confirm with the family.', 'OK for me, will get back to you.',
                          'Got it, bed 7 free tomorrow.'])
        subj = 'RE: ' + r.choice(['bed available?', 'Admission this week?', 'request'])
    text = reply + '\n' + sig(b, lang, r, r.choice(['short', 'mobile', 'name'])) + '\n\n' + quote_block(
        orig, lang, r, (a.name(lang), a.email), earlier, subject=subj[4:], to=b.name(lang))
    m = Mail(lang, b.na(), [a.na()], subj, text, date=when, in_reply_to='%x@cisss-vde.example' % r.getrandbits(48))
    return m, types, 'short reply whose quoted history carries patient, diagnosis and medication'


def p_subject_only(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    a = Staff(r, r.choice(['sad', 'maison']), r.choice(['inf_sad', 'asi', 'admin']))
    b = Staff(r, 'pharma', 'pharm') if r.random() < 0.5 else Staff(r, 'gmf', 'md_gmf')
    fr = lang == 'fr'
    dx = dx_for(p, when, r, lang).split(',')[0].split('(')[0].strip()
    types = {'patient_name', 'diagnosis'}
    style = r.choice(['titlesur', 'rev', 'full', 'caps', 'init'])
    if fr:
        subj = r.choice(['Décès %s – %s – aviser pharmacie', '%s (%s) : arrêt des traitements', 'URGENT %s – %s, douleur non contrôlée',
                         '%s / %s – admission Maison demain'])
    else:
        subj = r.choice(['Death %s – %s – notify pharmacy', '%s (%s): stopping treatment', 'URGENT %s – %s, uncontrolled pain',
                         '%s / %s – hospice admission tomorrow'])
    subj = subj % (pname(p, lang, r, style), dx)
    if nam and r.random() < 0.4:
        subj += ' – ' + fmt_nam(p.nam, r.choice(['plain', 'space']))
        types.add('ramq_nam')
    body = r.choice(['Voir objet. Merci de faire le nécessaire.', 'Tout est dans l\'objet, merci!', 'Pour info.', 'Merci de me rappeler.']) if fr \
        else r.choice(['See subject. Please action.', 'All in the subject line, thanks!', 'FYI.', 'Please call me back.'])
    m = Mail(lang, a.na(), [b.na()], subj, body + '\n' + sig(a, lang, r, r.choice(['short', 'mobile', 'card'])), date=when)
    return m, types, 'subject line alone names the patient and the condition'


def p_filename_only(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    a = Staff(r, r.choice(['sad', 'hopital', 'amm']), r.choice(['admin', 'archiviste']))
    b = Staff(r, 'maison', 'asi')
    fr = lang == 'fr'
    kind = r.choice(['amm', 'onco', 'dob'])
    types = {'patient_name'}
    if kind == 'amm':
        fname = ('Évaluation_AMM_%s_%s.pdf' if fr else 'MAID_assessment_%s_%s.pdf') % (p.surname, p.given)
        types.add('diagnosis')
    elif kind == 'onco':
        d = r.choice(['cancer_pancreas', 'SLA', 'glioblastome', 'cancer_poumon_stade4', 'insuf_cardiaque']) if fr else \
            r.choice(['pancreatic_cancer', 'ALS', 'glioblastoma', 'lung_ca_stage4'])
        fname = '%s-%s_%s_%s.pdf' % (p.surname.upper(), p.given, d, when.strftime('%Y%m%d'))
        types.add('diagnosis')
    else:
        fname = '%s_%s_DDN_%s_consult_palliatif.pdf' % (fn_safe(p.surname), fn_safe(p.given), p.dob.isoformat()) if fr else \
            '%s_%s_DOB_%s_palliative_consult.pdf' % (fn_safe(p.surname), fn_safe(p.given), p.dob.isoformat())
        types.update({'date_of_birth', 'diagnosis'})
    if nam and r.random() < 0.5:
        fname = fname.replace('.pdf', '_%s.pdf' % p.nam)
        types.add('ramq_nam')
    body = r.choice(['Document numérisé ci-joint.', 'Voici le document demandé.', 'Ci-joint, tel que discuté.']) if fr else \
        r.choice(['Scanned document attached.', 'Here is the requested document.', 'Attached as discussed.'])
    m = Mail(lang, a.na(), [b.na()], r.choice(['Numérisation', 'Document', 'Scan']) if fr else r.choice(['Scan', 'Document']),
             body + '\n' + sig(a, lang, r, 'short'), date=when,
             atts=[Att(fname, 'application/pdf', make_scan_pdf(r.randint(0, 99)))])
    return m, types, 'only the attachment file name reveals the patient and the context'


def p_attached_eml(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    a = Staff(r, 'ecsp', 'md_ecsp')
    b = Staff(r, 'sad', 'inf_sad')
    c = Staff(r, 'sad', 'chef')
    fr = lang == 'fr'
    dx = dx_for(p, when, r, lang)
    meds = pick(r, MEDS, lang, 2)
    types = {'patient_name', 'diagnosis', 'medication'}
    ident = pname(p, lang, r)
    if nam:
        ident += ' (%s)' % fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    if r.random() < 0.5:
        ident += (', né%s le %s' % ('e' if p.sex == 'F' else '', dob_txt(p, 'fr', r))) if fr else ', DOB %s' % dob_txt(p, 'en', r)
        types.add('date_of_birth')
    inner_text = ('Bonjour %s,\n\nSuite à notre discussion : %s, %s. Congé prévu demain. Prescriptions : %s; %s.\n'
                  'Merci de prévoir une visite dans les 24 h.\n\n%s' % (b.given, ident, dx, meds[0], meds[1], a.name('fr'))) if fr else \
        ('Hi %s,\n\nAs discussed: %s, %s. Discharge planned tomorrow. Prescriptions: %s; %s.\nPlease plan a visit within 24 h.\n\n%s'
         % (b.given, ident, dx, meds[0], meds[1], a.name('en')))
    inner = Mail(lang, a.na(), [b.na()], r.choice(['Congé demain', 'Suivi congé']) if fr else r.choice(['Discharge tomorrow', 'Discharge follow-up']),
                 inner_text, date=when - datetime.timedelta(days=1))
    inner.mode = r.choice(['plain', 'alt'])
    top = r.choice(['Pour ton information, voir le courriel ci-joint.', 'FYI – message original en pièce jointe.',
                    'Je te transfère le courriel de l\'ÉCSP.']) if fr else r.choice(['FYI, see attached e-mail.', 'Forwarding the PCT e-mail as attachment.'])
    fn = r.choice(['message.eml', 'Congé demain.eml', 'fwd.eml', None]) if fr else r.choice(['message.eml', 'Discharge.eml', None])
    m = Mail(lang, b.na(), [c.na()], ('TR: ' if fr else 'FW: ') + inner.subject, top + '\n' + sig(b, lang, r, 'short'), date=when,
             atts=[Att(fn, 'message/rfc822', msg=inner)])
    return m, types, 'outer mail is bland; the attached message/rfc822 names the patient with diagnosis and drugs'


def p_zip_bundle(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    a = Staff(r, 'hopital', 'archiviste')
    b = Staff(r, 'maison', 'asi')
    fr = lang == 'fr'
    dx = dx_for(p, when, r, lang)
    meds = pick(r, MEDS, lang, 3)
    lab = pick(r, LABS, lang, 2)
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result', 'mrn'}
    L1 = ['**' + ('Feuille sommaire' if fr else 'Summary sheet'), pname(p, lang, r, 'rev'),
          ('DDN : ' if fr else 'DOB: ') + p.dob.isoformat(), ('Dossier : ' if fr else 'MRN: ') + p.mrn]
    if nam:
        L1.append('NAM : ' + p.nam)
        types.add('ramq_nam')
    L1 += ['', dx] + meds
    pdf = make_pdf(L1, title='Sommaire', compress=True)
    docx_b = make_docx([('h', 'Bilan biologique' if fr else 'Laboratory'), ('p', pname(p, lang, r, 'full')),
                        ('li', lab[0]), ('li', lab[1])], author=a.name(lang, False))
    members = [('sommaire.pdf' if fr else 'summary.pdf', pdf), ('labo.docx' if fr else 'labs.docx', docx_b)]
    if r.random() < 0.5:
        members.append(('LISEZMOI.txt' if fr else 'README.txt', ('Transfert de dossier – usage clinique seulement.\r\n' if fr else
                                                                 'Record transfer – clinical use only.\r\n').encode('utf-8')))
    z = make_zip(members)
    body = ('%s\n\nComme demandé, voici les documents pour le transfert à la Maison (archive ZIP).\n\n%s' % (greet('fr', r, b.given), close('fr', r))) if fr else \
        ('%s\n\nAs requested, the documents for the transfer to the residence (ZIP archive).\n\n%s' % (greet('en', r, b.given), close('en', r)))
    fname = r.choice(['transfert_%s.zip' % p.mrn, 'documents.zip', 'dossier_transfert.zip', 'transfer_docs.zip'])
    m = Mail(lang, a.na(), [b.na()], r.choice(['Documents transfert', 'Transfert de dossier']) if fr else r.choice(['Transfer documents', 'Record transfer']),
             body + '\n' + sig(a, lang, r), date=when, atts=[Att(fname, r.choice(['application/zip', 'application/x-zip-compressed']), z)])
    return m, types, 'ZIP archive with summary PDF and lab DOCX for an identified patient'


def p_social(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when, (30, 70))
    ts = Staff(r, 'sad', 'ts')
    chef = Staff(r, 'sad', 'chef')
    fr = lang == 'fr'
    socs = pick(r, SOCIAL, lang, 2)
    dx = dx_for(p, when, r, lang)
    addr = address(r)
    types = {'patient_name', 'social_information', 'diagnosis'}
    extra = ''
    if r.random() < 0.5:
        extra = ('\nAdresse actuelle : %s' if fr else '\nCurrent address: %s') % addr
        types.add('patient_contact')
    if nam and r.random() < 0.6:
        extra += '\nNAM : %s' % fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    if fr:
        body = ('%s\n\nJe souhaite discuter au prochain CII de la situation de %s (%s).\n\n'
                'Enjeux : %s; de plus, %s.%s\n\nJ\'ai fait une demande au fonds d\'urgence de la Fondation et je contacte '
                'l\'OMH pour un logement adapté. Les enfants ne sont pas au courant du pronostic.\n\n%s' % (
                    greet('fr', r, chef.given), pname(p, 'fr', r), dx, socs[0], socs[1], extra, close('fr', r)))
        subj = r.choice(['Situation psychosociale complexe', 'CII – cas à discuter', 'Situation %s' % pname(p, 'fr', r, 'titlesur')])
    else:
        body = ('%s\n\nI would like to discuss %s (%s) at the next IDT meeting.\n\nIssues: %s; also, %s.%s\n\n'
                'I applied to the Foundation emergency fund and I am contacting the housing office. The children do not know the '
                'prognosis yet.\n\n%s' % (greet('en', r, chef.given), pname(p, 'en', r), dx, socs[0], socs[1], extra, close('en', r)))
        subj = r.choice(['Complex psychosocial situation', 'IDT – case to discuss', 'Situation: %s' % p.surname])
    m = Mail(lang, ts.na(), [chef.na()], subj, body + '\n' + sig(ts, lang, r), date=when)
    return m, types, 'social worker note on a named patient: housing, finances, family situation'
