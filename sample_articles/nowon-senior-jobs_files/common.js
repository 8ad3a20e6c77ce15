function copyUrl(){navigator.clipboard.writeText(location.href);alert('주소가 복사되었습니다.');}
function printArticle(){window.print();}
